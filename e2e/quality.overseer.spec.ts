import { expect, test } from "@playwright/test";

/** Desktop and phone share one database: each project records its action on its own seat. */
const slot = () => (test.info().project.name.endsWith("phone") ? 1 : 0);

test.describe("the overseer's quality report", () => {
  test("reads the team's messages, switches the period, reads well for a period without messages, and records and follows up a coaching note on a seat", async ({ page }) => {
    await page.goto("/quality");
    await expect(page.getByRole("heading", { name: "Quality", level: 1 })).toBeVisible();
    await expect(page.getByTestId("quality-summary")).toContainText("Rubric adherence");
    await expect(page.getByTestId("findings-chart")).toContainText("Findings by rule");
    await expect(page.getByTestId("quality-empty")).toHaveCount(0);

    await page.goto("/quality?from=2020-01-01&to=2020-01-31");
    await expect(page.getByTestId("quality-empty")).toContainText("No messages were reviewed in this period yet.");
    await expect(page.getByTestId("daily-chart")).toContainText("No messages were reviewed in this period yet");

    await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(/\/quality\?days=7$/);
    await expect(page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(/^Last 7 days:/)).toBeVisible();
    await page.goto("/quality?days=14");
    await expect(page.getByTestId("period-error")).toContainText("choose 7, 30 or 90 days");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page must not scroll sideways").toBe(true);
    await page.screenshot({ path: test.info().outputPath("quality-team.png"), fullPage: true });

    const rows = page.getByTestId("seat-row");
    expect(await rows.count(), "every seat of the team has a row").toBeGreaterThan(1);
    const seatLink = rows.nth(slot()).getByRole("link");
    const seatName = (await seatLink.textContent())!.trim();
    await seatLink.click();
    await expect(page.getByRole("heading", { name: seatName, level: 1 })).toBeVisible();
    await expect(page.getByTestId("seat-messages").or(page.getByTestId("messages-empty"))).toBeVisible();

    const note = `Describe the home, not who should live there (${test.info().project.name})`;
    const form = page.getByTestId("record-action");
    await form.getByLabel("Rule it answers").selectOption("fair_housing");
    await form.getByLabel("Note").fill(note);
    await form.getByRole("button", { name: "Record action" }).click();
    await expect(form.getByRole("status")).toHaveText("Action recorded.");
    const action = page.getByTestId("corrective-action").filter({ hasText: note });
    await expect(action).toContainText("Coaching note · Fair housing");

    const followUp = action.getByTestId("follow-up-form");
    await followUp.getByLabel("How it went").selectOption("resolved");
    await followUp.getByLabel("What was seen (optional)").fill("No more wording about who should live there");
    await followUp.getByRole("button", { name: "Record follow-up" }).click();
    await expect(action.getByTestId("follow-up-outcome")).toHaveText("Resolved: No more wording about who should live there");
    await expect(action).toHaveAttribute("data-state", "done");

    await page.getByRole("button", { name: "Pause this seat…" }).click();
    await expect(page.getByText(`Pause ${seatName}? It will send nothing to clients until someone resumes it.`)).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("paused-badge")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the seat page must not scroll sideways").toBe(true);
    await page.screenshot({ path: test.info().outputPath("quality-seat.png"), fullPage: true });
  });
});
