import { expect, test, type Page } from "@playwright/test";
import { navigate } from "./nav";

const cardById = (page: Page, id: string) => page.locator(`[data-testid="escalation-card"][data-escalation-id="${id}"]`);
/** The inbox's entries as listed: single escalations and groups of repeats, not the members inside a group. */
const entries = (page: Page) => page.locator('section[aria-label="Escalations"] > article');
/** The triggers that need Jorge himself, in the order the inbox puts them first. */
const NEEDS_JORGE = ["human_requested", "distress_words", "hot_qualified"];
const rank = (trigger: string | undefined) => (NEEDS_JORGE.includes(trigger ?? "") ? NEEDS_JORGE.indexOf(trigger!) : NEEDS_JORGE.length);
/** Desktop and phone share one database: each project works on its own card where it can. */
const slot = () => (test.info().project.name.endsWith("phone") ? 1 : 0);

test.describe("the overseer's escalations inbox", () => {
  test("puts what needs Jorge first, shows repeats of one cause as one group, and acknowledges several with one action", async ({ page }) => {
    await page.goto("/escalations");
    const triggers = await entries(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.trigger));
    expect(NEEDS_JORGE, "a client asking for Jorge, distress or a hot lead comes first").toContain(triggers[0]);
    expect(triggers.map(rank), "nothing that needs Jorge himself sits below other escalations").toEqual([...triggers.map(rank)].sort((a, b) => a - b));

    const group = page.getByTestId("escalation-group").filter({ hasText: "Deadline at risk" }).first();
    await expect(group.getByTestId("group-count")).toHaveText("Raised 4 times");
    expect(triggers.indexOf("deadline_at_risk"), "the batch of deadline notices takes one place").toBeGreaterThan(0);
    await group.getByText("Show each of the 4").click();
    const members = group.getByTestId("escalation-card");
    await expect(members).toHaveCount(4);
    await expect(members.first()).toBeVisible();

    if (slot() === 0) {
      const boxes = group.getByTestId("escalation-select");
      expect(await boxes.count(), "the seeded batch arrives unacknowledged").toBe(4);
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      const bar = page.getByTestId("bulk-acknowledge");
      await expect(bar.getByTestId("bulk-selected")).toHaveText("2 escalations selected");
      await bar.getByRole("button", { name: "Acknowledge selected" }).click();
      await expect(bar.getByRole("status")).toHaveText("Acknowledged 2 escalations.");
      await expect(group.getByRole("button", { name: "Acknowledge all 2" })).toBeVisible();
      await expect(members.locator('[data-testid="escalation-status"]', { hasText: "Acknowledged" })).toHaveCount(2);
    } else {
      await group.getByRole("button", { name: /^Acknowledge all \d+$/ }).click();
      await expect(group).toContainText("4 acknowledged, not resolved");
      await expect(group.getByRole("button", { name: /^Acknowledge all/ })).toHaveCount(0);
      await expect(members.getByTestId("escalation-status")).toHaveText(Array(4).fill("Acknowledged"));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page must not scroll sideways").toBe(true);
  });

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
    const open = page.locator('[data-testid="escalation-card"][data-status="open"]:visible');
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
    const cards = page.locator('[data-testid="escalation-card"]:visible');
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
