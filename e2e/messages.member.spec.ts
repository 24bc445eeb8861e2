import { expect, test, type Page } from "@playwright/test";

/** Opens the member's own clients one by one until one can be texted (SMS consent, not opted out), and returns nothing once there. */
async function openTextableClient(page: Page): Promise<void> {
  await page.goto("/clients");
  const rows = page.getByTestId("client-row").filter({ hasNot: page.getByTestId("client-preview-badge") });
  const hrefs = await rows.evaluateAll((els) => els.slice(0, 25).map((el) => el.querySelector("a")?.getAttribute("href")).filter((h): h is string => Boolean(h)));
  for (const href of hrefs) {
    await page.goto(href);
    const panel = page.getByTestId("compose-panel");
    await expect(panel).toBeVisible();
    if ((await panel.getByTestId("compose-notice").count()) === 0 && (await panel.getByLabel("Text (SMS)").isChecked())) return;
  }
  throw new Error("none of the member's first 25 clients can be texted");
}

test("a team member writes to their own client: refused for a Fair Housing violation, sends a warned one anyway, and sees a clean one on the timeline", async ({ page }, testInfo) => {
  const stamp = Date.now().toString().slice(-6);
  await openTextableClient(page);
  const panel = page.getByTestId("compose-panel");
  const box = panel.getByLabel(/^Message to /);
  const send = panel.getByRole("button", { name: "Send", exact: true });

  await test.step("a violation is refused with the reason, the excerpt marked and a rewording offered", async () => {
    await box.fill("This home is perfect for a couple with no kids");
    await expect(panel.getByTestId("compose-count")).toHaveText("46 / 320");
    await send.click();
    const outcome = panel.getByTestId("compose-outcome");
    await expect(outcome).toHaveAttribute("data-state", "blocked");
    await expect(outcome).toContainText("Not sent: ");
    await expect(outcome.getByTestId("compose-excerpts").locator("mark")).toContainText(["perfect for a couple", "no kids"]);
    await expect(box).toHaveValue("This home is perfect for a couple with no kids");
    await page.screenshot({ path: testInfo.outputPath(`compose-blocked-${testInfo.project.name}.png`), fullPage: false });
    await outcome.getByRole("button", { name: "Use this wording" }).first().click();
    await expect(box).not.toHaveValue(/perfect for a couple/);
  });

  await test.step("a warned message is held until the member presses Send anyway and confirms", async () => {
    await box.fill("Great for families, close to parks");
    await send.click();
    const outcome = panel.getByTestId("compose-outcome");
    await expect(outcome).toHaveAttribute("data-state", "held");
    await expect(outcome.getByTestId("compose-finding").first()).toContainText("Great for families");
    await outcome.getByRole("button", { name: "Send anyway" }).click();
    await outcome.getByRole("button", { name: "Yes, send anyway" }).click();
    await expect(outcome).toHaveAttribute("data-state", /^(queued|not_connected)$/);
    await expect(box).toHaveValue("");
  });

  await test.step("a clean message shows on the timeline with its state and verdict", async () => {
    const body = `Hi, the showing on Saturday is confirmed for 10 AM, confirmation ${stamp}. See you there.`;
    await box.fill(body);
    await send.click();
    const outcome = panel.getByTestId("compose-outcome");
    await expect(outcome).toHaveText(/Queued; it will show as sent or delivered below\.|Saved, not sent: /);
    const entry = page.getByTestId("timeline-item").filter({ hasText: body });
    await expect(entry.getByTestId("outbound-state")).toHaveText(/^(Queued|Not connected|Sent|Delivered)$/);
    await expect(entry.getByTestId("outbound-verdict")).toHaveText("Fair Housing ok");
    const held = page.getByTestId("timeline-item").filter({ hasText: "Great for families, close to parks" }).first();
    await expect(held.getByTestId("outbound-status")).toContainText("sent anyway by");
    await expect(page.getByTestId("timeline-item").filter({ hasText: "This home is perfect for a couple with no kids" }).first().getByTestId("outbound-state")).toHaveText("Blocked");
    await entry.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`compose-timeline-${testInfo.project.name}.png`), fullPage: false });
  });
});
