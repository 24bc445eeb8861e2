import { expect, test } from "@playwright/test";
import { expectAccessibleClientPage, expectAccessibleFromMenu, expectAccessiblePage, expectNoViolations, MENU_PAGES, recordMissingFiles, settle } from "./a11y.axe";

// Every page a team member can open meets WCAG 2.1 AA as axe measures it and loads without a
// missing file; so do the not-found page a member meets at the overseer's doors and the sign-in page.

const PAGES = [
  { path: "/", name: "the member's overview" },
  { path: "/clients", name: "my clients" },
  { path: "/inbox", name: "the inbox" },
  { path: "/team", name: "the member's seat" },
  { path: "/account", name: "the account page" },
];

test.describe("a team member's pages are accessible", () => {
  for (const { path, name } of PAGES) {
    test(`${name} (${path})`, async ({ page }) => {
      await expectAccessiblePage(page, path);
    });
  }

  test("one of the member's own clients", async ({ page }) => {
    await expectAccessibleClientPage(page, (rows) => rows.filter({ hasNot: page.getByTestId("client-preview-badge") }));
  });

  for (const { path, label } of MENU_PAGES) {
    test(`${label} (${path}), opened from the menu`, async ({ page }) => {
      await expectAccessibleFromMenu(page, path, label);
    });
  }

  test("the not-found page at a door the member may not open", async ({ page }) => {
    const response = await page.goto("/settings");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await settle(page);
    await expectNoViolations(page, "the not-found page");
  });
});

test.describe("the sign-in page is accessible", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("as it opens, and with a notice and a refused sign-in", async ({ page }) => {
    const missing = recordMissingFiles(page);
    await page.goto("/login?reason=expired");
    await settle(page, { signedIn: false });
    await expectNoViolations(page, "the sign-in page with a notice");
    await page.getByLabel("Email").fill("nobody@salas.example");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /wrong email or password/i })).toBeVisible();
    await expectNoViolations(page, "the sign-in page after a refused sign-in");
    expect(missing).toEqual([]);
  });
});
