import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { member, otherMember } from "./accounts";
import { signIn } from "./sign-in";

/** A second person's page beside Jorge's, in the same viewport as the project under test. */
async function pageFor(browser: Browser, info: TestInfo, storageState?: string): Promise<Page> {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL } = info.project.use;
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL, storageState });
  return context.newPage();
}

/** Jorge opens the first client who needs a team and offers them to Daniel; returns the client's name. */
async function offerNextClientToDaniel(page: Page): Promise<string> {
  await page.goto("/clients?team=none");
  const link = page.getByTestId("client-row").first().getByRole("link").first();
  const name = (await link.innerText()).split("\n")[0]!.trim();
  await link.click();
  await page.getByTestId("offer-panel").locator("summary").click();
  const seat = page.getByLabel("Seat");
  const daniel = await seat.locator("option", { hasText: member.name }).getAttribute("value");
  await seat.selectOption(daniel!);
  await page.getByRole("button", { name: "Send offer" }).click();
  await expect(page.getByText(/Offered: the seat has until the timeout/)).toBeVisible();
  return name;
}

test.describe("coordination between Jorge and the team, live", () => {
  test("an offer reaches the team member without a reload; a decline needs a reason and falls back", async ({ page, browser }, info) => {
    const daniel = await pageFor(browser, info, "e2e/.auth/member.json");
    await daniel.goto("/inbox");
    await expect(daniel.getByTestId("live-status")).toHaveAttribute("data-state", "live");
    const name = await offerNextClientToDaniel(page);

    const card = daniel.getByTestId("offer-card").filter({ hasText: name });
    await expect(card).toBeVisible({ timeout: 15_000 });
    await card.getByRole("button", { name: "Decline", exact: true }).click();
    await card.getByRole("button", { name: "Decline offer" }).click();
    await expect(card.getByRole("alert")).toBeVisible();
    await card.getByLabel("Reason").fill("Fully booked with showings this week");
    await card.getByRole("button", { name: "Decline offer" }).click();
    await expect(card).toHaveCount(0);

    await expect(page.getByTestId("timeline-item").filter({ hasText: `Declined by ${member.name}` })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId("timeline-item").filter({ hasText: /Fallback after a decline|The fallback chain ended with Jorge/ }).first()).toBeVisible();
    await daniel.context().close();
  });

  test("the member accepts, sets the reply plan, hands the client to a teammate with the dossier, and the teammate accepts", async ({ page, browser }, info) => {
    const daniel = await pageFor(browser, info, "e2e/.auth/member.json");
    await daniel.goto("/inbox");
    await expect(daniel.getByTestId("live-status")).toHaveAttribute("data-state", "live");
    const name = await offerNextClientToDaniel(page);

    const card = daniel.getByTestId("offer-card").filter({ hasText: name });
    await card.getByRole("button", { name: "Accept", exact: true }).click();
    await expect(card).toHaveCount(0);
    await expect(page.getByTestId("timeline-item").filter({ hasText: `Accepted by ${member.name}` })).toBeVisible({ timeout: 15_000 });

    await daniel.goto(page.url().replace(/^https?:\/\/[^/]+/, ""));
    const plan = "One answer: two showings Saturday, and an intro to our lender on Monday";
    await daniel.getByLabel("Message to the team").fill(plan);
    await daniel.getByLabel("Set as the reply plan").check();
    await daniel.getByRole("button", { name: "Post", exact: true }).click();
    await expect(daniel.getByTestId("reply-plan")).toHaveText(plan);
    await expect(page.getByTestId("reply-plan")).toHaveText(plan, { timeout: 15_000 });

    await daniel.getByTestId("handoff-panel").locator("summary").click();
    const to = daniel.getByLabel("To seat");
    await to.selectOption((await to.locator("option", { hasText: otherMember.name }).getAttribute("value"))!);
    await daniel.getByLabel("Reason").fill("Maria speaks Spanish with the family and knows the area");
    await daniel.getByRole("button", { name: "Send handoff" }).click();
    await expect(daniel.getByText(/Handoff sent/)).toBeVisible();

    const maria = await pageFor(browser, info);
    await signIn(maria, otherMember.email, otherMember.password);
    await maria.goto("/inbox");
    const handoff = maria.getByTestId("handoff-card").filter({ hasText: name });
    await expect(handoff).toBeVisible();
    await expect(handoff.getByTestId("dossier")).toContainText(name);
    await handoff.getByRole("button", { name: "Accept handoff" }).click();
    await expect(handoff).toHaveCount(0);

    await expect(page.getByTestId("timeline-item").filter({ hasText: `Handoff to ${otherMember.name} (completed)` })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText("Owner seat").locator("xpath=following-sibling::dd[1]")).toHaveText(otherMember.name);
    await daniel.context().close();
    await maria.context().close();
  });
});
