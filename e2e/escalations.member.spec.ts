import { expect, test } from "@playwright/test";

test("a team member has no escalations inbox: no menu entry, and the page answers not found", async ({ page }) => {
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Team" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Escalations" })).toHaveCount(0);

  const response = await page.goto("/escalations");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByTestId("escalation-card")).toHaveCount(0);
});
