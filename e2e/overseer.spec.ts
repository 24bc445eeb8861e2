import { expect, test } from "@playwright/test";
import { navigate } from "./nav";

test.describe("the overseer", () => {
  test("sees the whole team's overview built from the data", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Team overview" })).toBeVisible();
    const clients = Number(await page.getByText("Clients", { exact: true }).locator("xpath=following-sibling::p[1]").innerText());
    expect(clients).toBeGreaterThan(500);
    await expect(page.getByTestId("market-row")).toHaveCount(5);
    expect(await page.getByTestId("seat-load").count()).toBeGreaterThan(30);
    await expect(page.getByTestId("pipeline-Seller pipeline")).toBeVisible();
    await expect(page.getByTestId("pipeline-Buyer pipeline")).toBeVisible();
    await expect(page.getByTestId("forecast-row")).toHaveCount(5);

    // A full load streams: the document starts with the loading skeleton, and the page follows it.
    const html = await (await page.request.get("/")).text();
    expect(html.indexOf('data-testid="page-loading"')).toBeGreaterThan(-1);
    expect(html.indexOf('data-testid="page-loading"')).toBeLessThan(html.indexOf('data-testid="market-row"'));
  });

  test("browses every client, filters them and opens one", async ({ page }) => {
    await page.goto("/");
    await navigate(page, "Clients");
    await expect(page.getByRole("heading", { name: "Clients", exact: true })).toBeVisible();
    await expect(page.getByText(/^\d+ clients$/)).toBeVisible();
    await expect(page.getByTestId("client-row")).toHaveCount(25);

    await page.getByLabel("Stage").selectOption("Under Contract");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/stage=Under\+Contract/);
    await expect(page.getByText(/clients? match these filters/)).toBeVisible();
    await expect(page.getByTestId("client-row").first()).toContainText("Under Contract");

    await page.getByTestId("client-row").first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  });

  test("gets a helpful page for a client that does not exist", async ({ page }) => {
    const response = await page.goto("/clients/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    expect((await page.goto("/clients/not-a-uuid"))?.status()).toBe(404);
  });
});
