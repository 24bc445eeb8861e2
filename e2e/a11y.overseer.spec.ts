import { expect, test } from "@playwright/test";
import { expectAccessibleFromMenu, expectAccessiblePage, expectNoViolations, recordMissingFiles, settle } from "./a11y.axe";

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
    const missing = recordMissingFiles(page);
    await page.goto("/clients");
    await page.getByTestId("client-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
    await settle(page);
    await expectNoViolations(page, page.url());
    expect(missing).toEqual([]);
  });

  for (const { path, label } of [{ path: "/tasks", label: "Tasks" }, { path: "/calendar", label: "Calendar" }, { path: "/quality", label: "Quality" }]) {
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
