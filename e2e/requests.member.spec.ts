import { expect, test } from "@playwright/test";

test.describe("a team member and the overseer's tools", () => {
  test("cannot open settings or enter requests", async ({ page }) => {
    expect((await page.goto("/settings"))?.status()).toBe(404);
    expect((await page.goto("/requests/new"))?.status()).toBe(404);
    expect((await page.goto("/requests"))?.status()).toBe(404);
  });
});
