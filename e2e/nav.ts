import type { Page } from "@playwright/test";

/** Follows a main-menu link, opening the phone menu first when the sidebar is hidden. */
export async function navigate(page: Page, label: string) {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
}
