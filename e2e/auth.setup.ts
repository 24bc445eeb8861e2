import { test as setup } from "@playwright/test";
import { member, overseer, viewer } from "./accounts";
import { signIn } from "./sign-in";

setup("the overseer signs in", async ({ page }) => {
  await signIn(page, overseer.email, overseer.password);
  await page.context().storageState({ path: "e2e/.auth/overseer.json" });
});

setup("a team member signs in", async ({ page }) => {
  await signIn(page, member.email, member.password);
  await page.context().storageState({ path: "e2e/.auth/member.json" });
});

setup("the viewer signs in", async ({ page }) => {
  await signIn(page, viewer.email, viewer.password);
  await page.context().storageState({ path: "e2e/.auth/viewer.json" });
});
