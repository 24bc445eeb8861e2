import { expect, test, type Page } from "@playwright/test";
import { overseer } from "./accounts";
import { signIn } from "./sign-in";
import { DEMO_PASSWORDS } from "../lib/db/seed/accounts";

/** A team member no other test signs in as, so locking the account disturbs nothing else. */
const LOCKED_MEMBER = "kevin@salas.example";

/** Submits the login form and waits for the server's answer. */
async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
  // The form clears the password once the answer is shown; typing before that would be wiped.
  await expect(page.getByLabel("Password")).toHaveValue("");
}

test.describe("signing in and out", () => {
  test("a visitor who is not signed in is sent to the login page", async ({ page }) => {
    await page.goto("/clients");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Team Console" })).toBeVisible();
  });

  test("a wrong password says so and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(overseer.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /wrong email or password/i })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(overseer.email);
  });

  test("a malformed email is explained before any check", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("jorge");
    await page.getByLabel("Password").fill("x");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /email address/i })).toBeVisible();
  });

  test("the overseer signs in, lands on the overview and signs out", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(overseer.email);
    await page.getByLabel("Password").fill(overseer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Team overview" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/reason=signed-out/);
    await expect(page.getByRole("status")).toHaveText(/signed out/i);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a cookie copied before signing out opens nothing afterwards", async ({ page, context }) => {
    await signIn(page, overseer.email, overseer.password);
    const copied = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(copied, "the session cookie after signing in").toBeDefined();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/reason=signed-out/);
    await context.addCookies([copied!]);
    await page.goto("/clients");
    await expect(page).toHaveURL(/\/login\?reason=expired/);
  });

  test("six wrong passwords lock the account, and then even the right one is refused", async ({ page }) => {
    await page.goto("/login");
    for (let attempt = 1; attempt <= 6; attempt++) {
      await submitLogin(page, LOCKED_MEMBER, `wrong-guess-${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: /wrong email or password|too many sign-in attempts/i })).toBeVisible();
    }
    await submitLogin(page, LOCKED_MEMBER, DEMO_PASSWORDS.agent);
    await expect(page.getByRole("alert").filter({ hasText: /^Too many sign-in attempts for this email\. Wait 15 minutes and try again/ })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("Email")).toHaveValue(LOCKED_MEMBER);
  });

  test("an expired or broken session asks to sign in again", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "expired-token", url: baseURL! }]);
    await page.goto("/");
    await expect(page).toHaveURL(/reason=expired/);
    await expect(page.getByRole("status")).toHaveText(/session expired/i);
  });
});
