import { expect, test } from "@playwright/test";

test.describe("the overseer enters and routes client requests", () => {
  test("a seller entered with \"$850k\": seller stages only, a refusal shown at its field keeps everything typed, then the client's page", async ({ page }) => {
    await page.goto("/requests/new");
    const type = page.getByLabel("Client type");
    const stage = page.getByLabel("Stage");
    const stageNames = () => stage.locator("option").allTextContents();
    expect(await stageNames()).toContain("Financially Ready");
    expect(await stageNames()).not.toContain("Listing Appointment");

    const stamp = Date.now();
    await page.getByLabel("First name").fill("Rosa");
    await page.getByLabel("Last name").fill(`Delgado ${stamp}`);
    await type.selectOption("seller");
    expect(await stageNames()).toEqual(expect.arrayContaining(["Warm Seller", "Listing Appointment", "Listed"]));
    expect(await stageNames()).not.toContain("Financially Ready");
    await stage.selectOption("Warm Seller");
    await page.getByLabel("Lead source").fill("Open house");
    await page.getByLabel("ZIP code").fill("91737");
    await page.getByLabel("Seller's price expectation").fill("$850k");
    await page.getByLabel("What the client said").fill("We are thinking of selling our home in Alta Loma this spring.");
    await page.getByLabel("Agreed to text messages").check();

    const send = page.getByRole("button", { name: "Send to the coordinator" });
    if (page.viewportSize()!.width < 640) expect((await send.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await send.click();
    const email = page.getByLabel("Email", { exact: true });
    await expect(email).toHaveAccessibleDescription(/Give an email or a phone number so the team can reach them/);
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toBeFocused();
    await expect(page.getByRole("alert").filter({ hasText: "One field needs a change" })).toHaveText("One field needs a change: it says what, above.");
    await expect(type).toHaveValue("seller");
    await expect(stage).toHaveValue("Warm Seller");
    await expect(page.getByLabel("Seller's price expectation")).toHaveValue("$850k");
    await expect(page.getByLabel("Lead source")).toHaveValue("Open house");
    await expect(page.getByLabel("Agreed to text messages")).toBeChecked();
    await expect(page.getByLabel("First name")).toHaveValue("Rosa");

    await email.fill(`rosa.${stamp}@example.com`);
    await send.click();
    await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}/);
    await expect(page.getByRole("heading", { name: `Rosa Delgado ${stamp}` })).toBeVisible();
    await expect(page.getByText("Seller · Warm Seller")).toBeVisible();
    const profile = page.locator("section").filter({ has: page.getByRole("heading", { name: "Profile", exact: true }) });
    await expect(profile.getByText("$850,000").filter({ visible: true }).first()).toBeVisible();
    await expect(profile.getByText("Open house").filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByText("Listing specialist").first()).toBeVisible();
    await expect(page.getByTestId("timeline-item").filter({ hasText: "We are thinking of selling our home in Alta Loma this spring." })).toBeVisible();

    await page.goto("/requests");
    await expect(page.getByTestId("request-row").first()).toContainText(`Rosa Delgado ${stamp}`);
  });

  test("an API token created in settings lets another system send requests", async ({ page, request }) => {
    await page.goto("/settings");
    await page.getByLabel("Token name").fill(`Website ${Date.now()}`);
    await page.getByRole("button", { name: "Create token" }).first().click();
    const token = (await page.getByTestId("secret").innerText()).trim();
    expect(token).toMatch(/^jsc_/);

    const body = { contact: { firstName: "Api", email: `api.${Date.now()}@example.com` }, type: "buyer", postalCode: "91730", budgetMax: 700000, externalId: `web-${Date.now()}` };
    const created = await request.post("/api/v1/requests", { data: body, headers: { authorization: `Bearer ${token}` } });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ ok: true, status: expect.stringMatching(/routed|escalated/), duplicate: false });
    const again = await request.post("/api/v1/requests", { data: body, headers: { authorization: `Bearer ${token}` } });
    expect(again.status()).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });

    expect((await request.post("/api/v1/requests", { data: body })).status()).toBe(401);
    const malformed = await request.post("/api/v1/requests", { data: "{nope", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    const wrong = await request.post("/api/v1/requests", { data: { ...body, type: "landlord", externalId: "x" }, headers: { authorization: `Bearer ${token}` } });
    expect(wrong.status()).toBe(400);
    expect((await wrong.json()).error).toMatch(/type must be one of/);
  });

  test("routing weights that do not add up to 1 are refused with the sum", async ({ page }) => {
    await page.goto("/settings");
    await page.getByLabel(/Expertise match/).fill("0.5");
    await expect(page.getByTestId("weights-sum")).toContainText("must be 1");
    await page.getByRole("button", { name: "Save weights" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /weights add up to 1\.2; they must add up to 1/ })).toBeVisible();
    await page.getByLabel(/Expertise match/).fill("0.3");
    await page.getByRole("button", { name: "Save weights" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Weights saved" })).toBeVisible();
  });

  test("the handoff limit per hour is kept after a reload, and a resolve deadline shorter than the acknowledge is refused", async ({ page }) => {
    await page.goto("/settings");
    const perHour = page.getByLabel(/Handoffs per hour/);
    const original = await perHour.inputValue();
    const changed = original === "5" ? "4" : "5";
    await perHour.fill(changed);
    await page.getByRole("button", { name: "Save limits" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Handoff limits saved" })).toBeVisible();
    await page.reload();
    await expect(perHour).toHaveValue(changed);

    const ack = page.getByLabel("High: acknowledge within (minutes)");
    const resolve = page.getByLabel("High: resolve within (minutes)");
    const [ackBefore, resolveBefore] = [await ack.inputValue(), await resolve.inputValue()];
    await ack.fill("120");
    await expect(ack).toHaveAccessibleDescription("= 2 h");
    await resolve.fill("60");
    await page.getByRole("button", { name: "Save deadlines" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "high: resolve within must be at least the acknowledge time" })).toBeVisible();
    await page.reload();
    await expect(ack).toHaveValue(ackBefore);
    await expect(resolve).toHaveValue(resolveBefore);

    await perHour.fill(original);
    await page.getByRole("button", { name: "Save limits" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Handoff limits saved" })).toBeVisible();
  });
});

test("the overseer finds a team for a client who has none", async ({ page }) => {
  await page.goto("/clients?stage=New+Lead");
  const rows = page.getByTestId("client-row").filter({ hasText: "Unassigned" });
  await rows.first().getByRole("link").click();
  await expect(page.getByRole("button", { name: "Find a team" })).toBeVisible();
  await page.getByRole("button", { name: "Find a team" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Team formed|Jorge has it as an escalation/ })).toBeVisible();
});
