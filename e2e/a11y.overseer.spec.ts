import { expect, test } from "@playwright/test";
import { expectAccessibleClientPage, expectAccessibleFromMenu, expectAccessiblePage, expectNoViolations, MENU_PAGES, settle } from "./a11y.axe";

// Every page the overseer can open meets WCAG 2.1 AA as axe measures it and loads without a single
// missing file.

const PAGES = [
  { path: "/", name: "the overview" },
  { path: "/clients", name: "the clients list" },
  { path: "/requests", name: "the requests list" },
  { path: "/requests/new", name: "the new request form" },
  { path: "/inbox", name: "the inbox" },
  { path: "/escalations", name: "the escalations inbox" },
  { path: "/team", name: "the team board" },
  { path: "/rebalance", name: "the rebalance preview" },
  { path: "/settings", name: "the settings" },
  { path: "/account", name: "the account page" },
];

test.describe("the overseer's pages are accessible", () => {
  for (const { path, name } of PAGES) {
    test(`${name} (${path})`, async ({ page }) => {
      await expectAccessiblePage(page, path);
    });
  }

  test("a client's page", async ({ page }) => {
    await expectAccessibleClientPage(page);
  });

  for (const { path, label } of MENU_PAGES) {
    test(`${label} (${path}), opened from the menu`, async ({ page }) => {
      await expectAccessibleFromMenu(page, path, label);
    });
  }

  test("the open menu on a phone, and the sidebar on a wide screen", async ({ page }) => {
    await page.goto("/team");
    await settle(page);
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) {
      await menu.click();
      await expect(page.locator("#mobile-menu")).toBeVisible();
    }
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Overview", "Inbox", "Tasks", "Calendar", "Clients", "Quality", "Escalations", "Settings"]) await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
    await expectNoViolations(page, "the main menu");
  });
});
