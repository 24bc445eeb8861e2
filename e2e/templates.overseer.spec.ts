import { expect, test } from "@playwright/test";

test("the overseer edits a template: an unknown placeholder is refused by name, a good wording is saved, and reset brings the default back", async ({ page }, testInfo) => {
  const stamp = Date.now().toString().slice(-6);
  const wording = `Thank you, {{firstName}}, that covers it. Someone from Jorge's team will call you today (ref ${stamp}).`;
  await page.goto("/settings");
  const section = page.locator("#message-templates");
  const key = section.getByTestId("template-key").and(page.locator('[data-key="qualified_close"]'));
  await key.locator("summary").click();
  const editor = key.getByTestId("template-editor").and(page.locator('[data-language="en"]'));
  const box = editor.getByRole("textbox");
  const original = await box.inputValue();

  await box.fill("Thank you, {{firstName}}. {{agentName}} will call you soon.");
  await editor.getByRole("button", { name: "Save qualified_close (English)" }).click();
  await expect(editor.getByRole("alert")).toContainText('Unknown placeholder "{{agentName}}"');
  await expect(box).toHaveValue("Thank you, {{firstName}}. {{agentName}} will call you soon.");

  await box.fill(wording);
  await editor.getByRole("button", { name: "Save qualified_close (English)" }).click();
  await expect(editor.getByRole("status")).toContainText("Saved");
  await expect(editor.getByTestId("template-origin")).toHaveText("Edited");
  await page.reload();
  await key.locator("summary").click();
  await expect(box).toHaveValue(wording);
  await editor.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath(`templates-${testInfo.project.name}.png`), fullPage: false });

  await editor.getByRole("button", { name: "Reset qualified_close (English) to the default" }).click();
  await expect(editor.getByRole("status")).toHaveText("Back to the default wording.");
  await expect(box).toHaveValue(original);
  await expect(editor.getByTestId("template-origin")).toHaveText("Default");

  const sender = page.getByTestId("email-sender-form");
  await sender.getByLabel("Postal address").fill("Rancho Cucamonga");
  await sender.getByRole("button", { name: "Save sender" }).click();
  await expect(sender.getByRole("alert")).toContainText("street (or P.O. box), city, state and ZIP");
  await sender.getByLabel("Postal address").fill("10808 Foothill Blvd, Rancho Cucamonga, CA 91730");
  await sender.getByRole("button", { name: "Save sender" }).click();
  await expect(sender.getByRole("status")).toContainText("Email sender saved");
  await expect(sender.getByTestId("email-footer-preview")).toContainText("10808 Foothill Blvd, Rancho Cucamonga, CA 91730");
  await sender.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath(`email-sender-${testInfo.project.name}.png`), fullPage: false });
});
