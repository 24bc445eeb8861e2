import { generateKeyPairSync, sign } from "node:crypto";
import { expect, test } from "@playwright/test";

test("the overseer connects a GoHighLevel location and names a place, and a signed ContactCreate from that place lands in its market", async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const locationId = `loc${stamp}`;
  const keys = generateKeyPairSync("ed25519");
  const post = (payload: object) => {
    const body = Buffer.from(JSON.stringify(payload));
    return request.post("/api/webhooks/ghl", { data: body, headers: { "content-type": "application/json", "x-ghl-signature": sign(null, body, keys.privateKey).toString("base64") } });
  };

  await page.goto("/settings");
  await page.getByLabel("GoHighLevel public key (Ed25519)").fill(keys.publicKey.export({ type: "spki", format: "pem" }).toString());
  await page.getByRole("button", { name: "Save key" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const unknown = await post({ type: "ContactCreate", locationId, id: `c${stamp}`, firstName: "Early" });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error).toContain("Settings > GoHighLevel locations > Add location");

  const locations = page.locator("#ghl-locations");
  await locations.getByLabel("Location id").fill("https://app.gohighlevel.com/location/x");
  await locations.getByRole("button", { name: "Add location" }).click();
  await expect(locations.getByRole("alert")).toContainText("A location id is 3 to 64 letters or digits");
  await locations.getByLabel("Location id").fill(locationId);
  const add = locations.getByRole("button", { name: "Add location" });
  if (page.viewportSize()!.width < 640) expect((await add.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await add.click();
  await expect(locations.getByTestId("ghl-location").filter({ hasText: locationId })).toBeVisible();
  await expect(locations.getByLabel("Location id")).toHaveValue("");

  const rancho = page.getByTestId("market-aliases").filter({ hasText: "Rancho Cucamonga" });
  const aliases = rancho.getByRole("textbox", { name: /Rancho Cucamonga/ });
  await expect(aliases).toHaveValue(/Alta Loma/);
  const place = `Red Hill ${stamp.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
  await aliases.fill(`${await aliases.inputValue()}, ${place}`);
  await rancho.getByRole("button", { name: "Save place names for Rancho Cucamonga" }).click();
  await expect(rancho.getByRole("status")).toHaveText("Place names saved for Rancho Cucamonga.");
  await page.reload();
  await expect(aliases).toHaveValue(new RegExp(`${place}$`));

  const lastName = `Placed ${stamp}`;
  const created = await post({ type: "ContactCreate", locationId, id: `c${stamp}`, firstName: "Nora", lastName, phone: "(909) 555-0168", city: place, tags: ["seller"], customFields: { Timeline: "30 days" } });
  expect(created.status()).toBe(200);
  await expect(async () => {
    await page.goto(`/clients?q=${encodeURIComponent(lastName)}`);
    await expect(page.getByTestId("client-row").filter({ hasText: lastName })).toContainText("Rancho Cucamonga", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await page.goto("/settings");
  const row = page.locator("#ghl-locations").getByTestId("ghl-location").filter({ hasText: locationId });
  await row.getByRole("button", { name: `Remove ${locationId}` }).click();
  await row.getByRole("button", { name: "Keep it" }).click();
  await row.getByRole("button", { name: `Remove ${locationId}` }).click();
  await row.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.locator("#ghl-locations").getByTestId("ghl-location").filter({ hasText: locationId })).toHaveCount(0);
});
