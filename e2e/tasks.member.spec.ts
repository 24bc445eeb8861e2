import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { member, otherMember } from "./accounts";

/** Jorge's page beside the member's, in the same viewport as the project under test. */
async function overseerPage(browser: Browser, info: TestInfo): Promise<Page> {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL } = info.project.use;
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL, storageState: "e2e/.auth/overseer.json" });
  return context.newPage();
}

const openTasks = (page: Page) => page.locator('[data-testid="tasks-overdue"], [data-testid="tasks-today"], [data-testid="tasks-upcoming"]').getByTestId("task-item");
const taskTitled = (page: Page, title: string) => openTasks(page).filter({ has: page.getByText(title, { exact: true }) });

/** Adds a task for the member on the first client they lead, due tomorrow morning. */
async function giveMyselfTask(page: Page, title: string) {
  await page.goto("/clients");
  await page.getByTestId("client-row").filter({ hasNot: page.getByTestId("client-preview-badge") }).first().getByRole("link").first().click();
  const panel = page.getByTestId("task-panel");
  await panel.locator("summary").click();
  const who = panel.getByLabel("Who");
  await who.selectOption((await who.locator("option", { hasText: member.name }).getAttribute("value"))!);
  await panel.getByLabel("Task").fill(title);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel("Due (Pacific time)").fill(`${tomorrow}T10:00`);
  const answered = page.waitForResponse((r) => r.request().method() === "POST");
  await panel.getByRole("button", { name: "Add task" }).click();
  await answered;
  await expect(panel.getByRole("alert")).toHaveCount(0);
}

async function reassign(item: Locator, toName: string) {
  await item.getByRole("button", { name: /^Reassign:/ }).click();
  const seat = item.getByLabel("Give to");
  await seat.selectOption((await seat.locator("option", { hasText: toName }).getAttribute("value"))!);
  await item.getByRole("button", { name: "Reassign", exact: true }).click();
}

test("a member completes and snoozes tasks, goes away and back, and reads the notice of a task given to them", async ({ page, browser }, info) => {
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { name: "My tasks", level: 1 })).toBeVisible();
  // Two tasks of the run's own, given from one of the member's clients, so the seed's tasks do not matter.
  const run = `${info.project.name} ${Date.now() % 100_000}`;
  const [toSnoozeThenFinish, toHandBack] = [`Send the comps (${run})`, `Call the lender (${run})`];
  for (const title of [toSnoozeThenFinish, toHandBack]) await giveMyselfTask(page, title);
  await page.goto("/tasks");
  await expect(taskTitled(page, toHandBack).getByTestId("task-assignee")).toHaveText(`Assigned to ${member.name}`);

  const snoozing = taskTitled(page, toSnoozeThenFinish);
  await snoozing.getByRole("button", { name: /^Snooze:/ }).click();
  await snoozing.getByRole("button", { name: "Tomorrow 9am" }).click();
  await expect(page.getByTestId("task-flash")).toContainText(/^Snoozed until \w{3}, \w{3} \d{1,2}, 9:00\sAM\sP[SD]T\.$/);
  await expect(page.getByTestId("tasks-upcoming").getByText(toSnoozeThenFinish, { exact: true })).toBeVisible();

  const done = taskTitled(page, toSnoozeThenFinish).getByRole("button", { name: /^Mark done/ });
  expect((await done.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await done.click();
  await expect(page.getByTestId("task-flash")).toHaveText(`Done: ${toSnoozeThenFinish}`);
  await expect(page.getByTestId("tasks-done").getByText(toSnoozeThenFinish, { exact: true })).toBeVisible();

  const presence = page.getByTestId("presence-control");
  await presence.getByRole("button", { name: "Away" }).click();
  await expect(presence.getByRole("button", { name: "Away" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/account");
  const onAccount = page.getByTestId("presence-control");
  await expect(onAccount).toContainText("You show as Away");
  await onAccount.getByRole("button", { name: "Available" }).click();
  await expect(onAccount.getByRole("button", { name: "Available" })).toHaveAttribute("aria-pressed", "true");
  await expect(onAccount.getByRole("status")).toHaveText(/^You are available/);

  // The demo seed may already hold a notice about the same task: count the ones there are first.
  const told = page.getByTestId("notice").filter({ hasText: `Jorge Salas gave you the task "${toHandBack}"` });
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { name: "Notices", level: 2 })).toBeVisible();
  const toldBefore = await told.count();
  await page.goto("/tasks");
  await reassign(taskTitled(page, toHandBack), otherMember.name);
  await expect(page.getByTestId("task-flash")).toHaveText(`Reassigned to ${otherMember.name}.`);
  await expect(taskTitled(page, toHandBack)).toHaveCount(0);

  const jorge = await overseerPage(browser, info);
  await jorge.goto("/tasks");
  const seat = jorge.getByLabel("Seat", { exact: true });
  await seat.selectOption((await seat.locator("option", { hasText: otherMember.name }).getAttribute("value"))!);
  await jorge.getByRole("button", { name: "Show", exact: true }).click();
  await reassign(taskTitled(jorge, toHandBack), member.name);
  await expect(jorge.getByTestId("task-flash")).toHaveText(`Reassigned to ${member.name}.`);
  await jorge.context().close();

  await page.goto("/inbox");
  await expect(told).toHaveCount(toldBefore + 1);
  const unread = Number(await page.getByTestId("unread-count").innerText().then((t) => t.replace(/\D/g, "")));
  // Newest first: the notice just sent leads the list.
  await told.first().getByRole("button", { name: /^Mark read/ }).click();
  await expect(told).toHaveCount(toldBefore);
  await expect(page.getByTestId("unread-count")).toHaveText(new RegExp(`^${unread - 1}\\s*unread$`));
  await page.goto("/tasks");
  await expect(taskTitled(page, toHandBack).getByTestId("task-assignee")).toHaveText(`Assigned to ${member.name}`);
});
