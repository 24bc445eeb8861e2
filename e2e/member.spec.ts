import { expect, test, type Page } from "@playwright/test";
import { navigate } from "./nav";

async function clientIdsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  // The list streams in behind the loading skeleton: read it once it has arrived.
  await expect(page.getByTestId("page-loading")).toHaveCount(0);
  const hrefs = await page.getByTestId("client-row").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.split("/").pop() ?? "");
}

test.describe("a team member", () => {
  test("sees only their own clients", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: /good to see you/i })).toBeVisible();
    await expect(page.getByTestId("seat-load")).toHaveCount(1);
    await expect(page.getByTestId("forecast-row")).toHaveCount(0);
    await navigate(page, "My clients");
    await expect(page.getByRole("heading", { name: "My clients" })).toBeVisible();
    const total = Number((await page.getByText(/^\d+ clients?$/).innerText()).split(" ")[0]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(100);
  });

  test("cannot open another seat's client by its address", async ({ page, browser }) => {
    const mine = new Set(await clientIdsOn(page, "/clients"));
    const more = await clientIdsOn(page, "/clients?page=2");
    more.forEach((id) => mine.add(id));

    const jorge = await browser.newContext({ storageState: "e2e/.auth/overseer.json" });
    const everyone = await clientIdsOn(await jorge.newPage(), "/clients");
    await jorge.close();
    const foreign = everyone.find((id) => !mine.has(id));
    expect(foreign, "the overseer's first page should hold a client of another seat").toBeDefined();

    const response = await page.goto(`/clients/${foreign}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Profile" })).toHaveCount(0);
  });

  test("adds a note to their own client", async ({ page }) => {
    const [first] = await clientIdsOn(page, "/clients");
    await page.goto(`/clients/${first}`);
    const note = `Left a voicemail about the open house, ${Date.now()}`;
    await page.getByRole("textbox", { name: "Note" }).fill(note);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Note added." })).toBeVisible();
    await expect(page.getByTestId("timeline-item").first()).toContainText(note);
  });
});
