import { expect, test, type Page } from "@playwright/test";
import { navigate } from "./nav";

const cardById = (page: Page, id: string) => page.locator(`[data-testid="escalation-card"][data-escalation-id="${id}"]`);
/** Desktop and phone share one database: each project works on its own card where it can. */
const slot = () => (test.info().project.name.endsWith("phone") ? 1 : 0);

test.describe("the overseer's escalations inbox", () => {
  test("shows the counts, the cards, the chart, and overdue ones standing out", async ({ page }) => {
    await page.goto("/");
    await navigate(page, "Escalations");
    await expect(page.getByRole("heading", { name: "Escalations", level: 1 })).toBeVisible();
    await expect(page.getByTestId("escalation-counts")).toContainText("Unresolved");
    expect(await page.getByTestId("escalation-card").count()).toBeGreaterThan(0);
    await expect(page.getByTestId("trigger-chart")).toContainText("Escalations by trigger, last 14 days");
    await expect(page.getByTestId("trigger-chart").getByRole("img", { name: /in all/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page must not scroll sideways").toBe(true);

    await page.goto("/escalations?overdue=1");
    const overdue = page.getByTestId("escalation-card");
    const count = await overdue.count();
    expect(count, "the seed holds escalations past their deadline").toBeGreaterThan(0);
    await expect(overdue.getByTestId("overdue-badge")).toHaveCount(count);
    await expect(overdue.first().getByTestId("escalation-sla")).toContainText(/overdue by/);
  });

  test("filters by trigger and explains a filter it does not know", async ({ page }) => {
    await page.goto("/escalations");
    const trigger = (await page.getByTestId("escalation-trigger").first().textContent())!.trim();
    await page.getByLabel("Trigger", { exact: true }).selectOption({ label: trigger });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/trigger=[a-z_]+/);
    await expect(page.getByTestId("escalation-total")).toContainText("match these filters");
    const triggers = await page.getByTestId("escalation-trigger").allTextContents();
    expect(triggers.length).toBeGreaterThan(0);
    expect(new Set(triggers.map((t) => t.trim()))).toEqual(new Set([trigger]));

    await page.goto("/escalations?status=everything&severity=apocalyptic");
    await expect(page.getByTestId("ignored-filters")).toContainText('status "everything"');
    await expect(page.getByTestId("ignored-filters")).toContainText('severity "apocalyptic"');
    await expect(page.getByLabel("Status", { exact: true })).toHaveValue("unresolved");

    await page.goto("/escalations?trigger=agent_conflict&severity=critical");
    await expect(page.getByText("No escalations match these filters")).toBeVisible();
  });

  test("acknowledges an open escalation, refuses an empty resolution, then resolves it", async ({ page }) => {
    await page.goto("/escalations");
    const open = page.locator('[data-testid="escalation-card"][data-status="open"]');
    expect(await open.count(), "an open escalation is left to acknowledge").toBeGreaterThan(0);
    const id = (await open.first().getAttribute("data-escalation-id"))!;
    const card = cardById(page, id);

    await card.getByRole("button", { name: "Acknowledge" }).click();
    await expect(card.getByTestId("escalation-status")).toHaveText("Acknowledged");
    await expect(card.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);

    await card.getByRole("button", { name: "Resolve…" }).click();
    await card.getByRole("button", { name: "Mark resolved" }).click();
    await expect(card.getByRole("alert")).toContainText("Say how it was resolved");
    await expect(card.getByTestId("escalation-status")).toHaveText("Acknowledged");

    const resolution = `Called the client back and agreed next steps, ${Date.now()}`;
    await card.getByLabel("Resolution").fill(resolution);
    await card.getByRole("button", { name: "Mark resolved" }).click();
    await expect(card).toHaveCount(0);

    await page.goto("/escalations?status=resolved");
    await expect(cardById(page, id).getByTestId("escalation-resolution")).toContainText(resolution);
    await expect(cardById(page, id).getByTestId("escalation-status")).toHaveText("Resolved");
  });

  test("reassigns an escalation to another person and adds a note", async ({ page }) => {
    await page.goto("/escalations");
    const cards = page.getByTestId("escalation-card");
    const pick = cards.nth(Math.min(slot(), (await cards.count()) - 1));
    const card = cardById(page, (await pick.getAttribute("data-escalation-id"))!);
    const before = (await card.getByTestId("escalation-owner").textContent())!.trim();

    await card.getByRole("button", { name: "Reassign…" }).click();
    const options = (await card.getByLabel("Reassign to").locator("option").allTextContents()).map((o) => o.trim());
    const target = options.find((o) => o !== before);
    expect(target, "someone else to hand it to").toBeDefined();
    await card.getByLabel("Reassign to").selectOption({ label: target! });
    await card.getByRole("button", { name: "Reassign", exact: true }).click();
    await expect(card.getByTestId("escalation-owner")).toHaveText(target!);

    const note = `Checked in with the seat about this, ${Date.now()}`;
    await card.getByRole("button", { name: "Add note…" }).click();
    await card.getByLabel("Note", { exact: true }).fill(note);
    await card.getByRole("button", { name: "Save note" }).click();
    await expect(card.getByTestId("escalation-notes")).toContainText(note);
  });
});
