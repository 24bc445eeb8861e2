import { expect, test, type Page } from "@playwright/test";

/** The names of the clients the preview proposes to move. */
const movedClients = (page: Page) => page.getByTestId("rebalance-move").evaluateAll((rows) => rows.map((row) => row.querySelector("span")?.textContent?.trim() ?? ""));

test.describe("the overseer rebalances the team", () => {
  test("previews the moves with load before and after, applies them, and never moves those clients again", async ({ page }) => {
    await page.goto("/rebalance");
    await expect(page.getByRole("heading", { name: "Rebalance the team" })).toBeVisible();
    const moves = await page.getByTestId("rebalance-move").count();
    if (moves === 0) {
      await expect(page.getByText("Nothing to move")).toBeVisible();
      return;
    }
    await expect(page.getByTestId("rebalance-load").first()).toContainText("→");
    const moved = await movedClients(page);
    await page.getByRole("button", { name: /^Apply \d+ moves?$/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Moved \d+ clients?/ })).toBeVisible();
    await page.reload();
    // Offers answered or timed out meanwhile may open new moves; an applied move is never undone.
    const after = await movedClients(page);
    if (after.length === 0) await expect(page.getByText("Nothing to move")).toBeVisible();
    expect(after.filter((name) => moved.includes(name))).toEqual([]);
  });
});
