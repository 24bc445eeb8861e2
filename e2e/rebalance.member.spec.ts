import { expect, test } from "@playwright/test";

test("a team member cannot open the rebalance page", async ({ page }) => {
  expect((await page.goto("/rebalance"))?.status()).toBe(404);
});
