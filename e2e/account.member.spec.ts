import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORDS } from "../lib/db/seed/accounts";
import { signIn } from "./sign-in";

// Signs in as a team member no other test uses (one per project, desktop and phone), and
// changes that password back before it ends, so the seeded sign-in keeps working.
test.use({ storageState: { cookies: [], origins: [] } });

const NEW_PASSWORD = "a new and longer passphrase";

async function openAccount(page: Page) {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
}

async function changePassword(page: Page, current: string, next: string) {
  const form = page.getByTestId("password-form");
  await form.getByLabel("Current password").fill(current);
  await form.getByLabel("New password", { exact: true }).fill(next);
  await form.getByLabel("New password again").fill(next);
  await form.getByRole("button", { name: "Change password" }).click();
}

test("changing the password ends the other sessions; sessions can be signed out one by one or everywhere", async ({ page, browser, baseURL }, info) => {
  const email = info.project.name.includes("phone") ? "sofia@salas.example" : "emily@salas.example";
  const other = await browser.newContext({ baseURL });
  const elsewhere = await other.newPage();
  await signIn(elsewhere, email, DEMO_PASSWORDS.agent);
  await signIn(page, email, DEMO_PASSWORDS.agent);

  await openAccount(page);
  const sessions = page.getByTestId("account-session");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);

  await changePassword(page, "not my password", NEW_PASSWORD);
  const form = page.getByTestId("password-form");
  await expect(form.getByText(/^That is not your current password/)).toBeVisible();
  await expect(form.getByLabel("New password again")).toHaveValue(NEW_PASSWORD);
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await changePassword(page, DEMO_PASSWORDS.agent, NEW_PASSWORD);
  await expect(form.getByRole("status")).toHaveText("Password changed. Signed out on 1 other device.");
  await expect(sessions).toHaveCount(1);
  await elsewhere.goto("/clients");
  await expect(elsewhere).toHaveURL(/\/login\?reason=expired/);

  await signIn(elsewhere, email, NEW_PASSWORD);
  await page.reload();
  await expect(sessions).toHaveCount(2);
  await sessions.filter({ hasNotText: "This device" }).getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(sessions).toHaveCount(1);
  await elsewhere.goto("/");
  await expect(elsewhere).toHaveURL(/\/login\?reason=expired/);

  await changePassword(page, NEW_PASSWORD, DEMO_PASSWORDS.agent);
  await expect(form.getByRole("status")).toHaveText("Password changed.");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/reason=signed-out-everywhere/);
  await expect(page.getByRole("status")).toHaveText(/signed out on every device/i);
  await page.goto("/clients");
  await expect(page).toHaveURL(/\/login/);
  await other.close();
});
