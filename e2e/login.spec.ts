import { expect, test } from "@playwright/test";
import { overseer } from "./accounts";

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

  test("an expired or broken session asks to sign in again", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "expired-token", url: baseURL! }]);
    await page.goto("/");
    await expect(page).toHaveURL(/reason=expired/);
    await expect(page.getByRole("status")).toHaveText(/session expired/i);
  });
});
