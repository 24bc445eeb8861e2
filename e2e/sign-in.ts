import { expect, type Page } from "@playwright/test";

/** The first sign-in after a cold start compiles and warms the server's routes; give it time. */
const FIRST_LOAD_MS = 20_000;

/** Signs in through the login form and waits for the overview. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Team Console", { timeout: FIRST_LOAD_MS });
  await expect(page).toHaveURL(/\/$/, { timeout: FIRST_LOAD_MS });
}
