import { expect, test as setup, type Page } from "@playwright/test";
import { member, overseer } from "./accounts";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Team Console");
  await expect(page).toHaveURL(/\/$/);
}

setup("the overseer signs in", async ({ page }) => {
  await signIn(page, overseer.email, overseer.password);
  await page.context().storageState({ path: "e2e/.auth/overseer.json" });
});

setup("a team member signs in", async ({ page }) => {
  await signIn(page, member.email, member.password);
  await page.context().storageState({ path: "e2e/.auth/member.json" });
});
