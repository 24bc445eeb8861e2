import { expect, test } from "@playwright/test";

test.describe("the overseer rebalances the team", () => {
  test("previews the moves with load before and after, applies them, and then has nothing left to move", async ({ page }) => {
    await page.goto("/rebalance");
    await expect(page.getByRole("heading", { name: "Rebalance the team" })).toBeVisible();
    const moves = await page.getByTestId("rebalance-move").count();
    if (moves === 0) {
      await expect(page.getByText("Nothing to move")).toBeVisible();
      return;
    }
    await expect(page.getByTestId("rebalance-load").first()).toContainText("→");
    await page.getByRole("button", { name: /^Apply \d+ moves?$/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Moved \d+ clients?/ })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Nothing to move")).toBeVisible();
  });
});
