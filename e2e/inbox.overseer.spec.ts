import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { member } from "./accounts";
import { navigate } from "./nav";

/** Daniel's page beside Jorge's, in the viewport of the project under test. */
async function memberPage(browser: Browser, info: TestInfo): Promise<Page> {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL } = info.project.use;
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL, storageState: "e2e/.auth/member.json" });
  return context.newPage();
}

async function pendingOnTeamBoard(page: Page): Promise<number> {
  await page.goto("/team");
  const summary = await page.getByTestId("team-summary").innerText();
  return Number(/([\d,]+) pending offers?/.exec(summary)?.[1]?.replace(/,/g, "") ?? NaN);
}

test.describe("the overseer's inbox", () => {
  test("lists every seat's pending offers, each naming its seat, or says none wait", async ({ page }) => {
    await page.goto("/");
    await navigate(page, "Inbox");
    await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();

    // Offers time out and fall back in the background: compare with the team board only while it holds still.
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await pendingOnTeamBoard(page);
      await page.goto("/inbox");
      const shown = await page.getByTestId("offer-card").count();
      if (before !== (await pendingOnTeamBoard(page))) continue;
      expect(shown).toBe(Math.min(before, 100));
      break;
    }

    await page.goto("/inbox");
    const offers = page.getByTestId("offer-card");
    const count = await offers.count();
    if (count === 0) {
      await expect(page.getByText("No offers waiting for anyone right now.")).toBeVisible();
      return;
    }
    await expect(page.getByTestId("offer-seat")).toHaveCount(count);
    const first = offers.first();
    await expect(first.getByTestId("offer-seat")).toContainText(/^Offered to \S/);
    await expect(first.getByText(/^(Lead|Support)$/)).toBeVisible();
    await expect(first.getByText(/^(hot|warm|cold)/)).toBeVisible();
    await expect(first.getByRole("timer")).toHaveText(/^(Expires in \d+:\d{2}|Expired, falling back…)/);
  });

  test("shows each proposed handoff with its dossier, or says none wait", async ({ page }) => {
    await page.goto("/inbox");
    await expect(page.getByRole("heading", { name: "Handoffs", level: 2 })).toBeVisible();
    const cards = page.getByTestId("handoff-card");
    const count = await cards.count();
    if (count === 0) {
      await expect(page.getByText("No handoffs waiting for an answer.")).toBeVisible();
      return;
    }
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      await expect(card.getByText(/^(Transfer|Add support)$/)).toBeVisible();
      await expect(card.getByTestId("handoff-route")).toContainText("→");
      for (const name of ["Accept handoff", "Reject handoff", "Cancel handoff"]) await expect(card.getByRole("button", { name })).toBeVisible();
      if ((await card.getByTestId("dossier").count()) === 0) {
        await expect(card.getByText("No dossier was captured with this handoff.")).toBeVisible();
        continue;
      }
      const dossier = card.getByTestId("dossier");
      for (const heading of ["Profile", /^Qualification/, "Money and timeline", "Consent and last touch", /^Open promises/, "Transactions"]) {
        await expect(dossier.getByRole("heading", { name: heading })).toBeVisible();
      }
      const history = dossier.getByTestId("dossier-history");
      await history.getByText(/^Full interaction history/).click();
      await expect(history).toHaveAttribute("open", "");
    }
  });

  test("a decline that names a teammate sends the offer to that teammate, with the reason", async ({ page, browser }, info) => {
    const daniel = await memberPage(browser, info);
    await daniel.goto("/inbox");
    await expect(daniel.getByTestId("live-status")).toHaveAttribute("data-state", "live");

    await page.goto("/clients?team=none");
    const link = page.getByTestId("client-row").first().getByRole("link").first();
    const name = (await link.innerText()).split("\n")[0]!.trim();
    await link.click();
    await page.getByTestId("offer-panel").locator("summary").click();
    const seat = page.getByLabel("Seat");
    await seat.selectOption((await seat.locator("option", { hasText: member.name }).getAttribute("value"))!);
    await page.getByRole("button", { name: "Send offer" }).click();
    await expect(page.getByText(/Offered: the seat has until the timeout/)).toBeVisible();

    const card = daniel.getByTestId("offer-card").filter({ hasText: name });
    await expect(card).toBeVisible({ timeout: 15_000 });
    await card.getByRole("button", { name: "Decline", exact: true }).click();
    // The decline form stands alone: Accept is gone until Daniel goes back.
    await expect(card.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);
    await card.getByLabel("Reason").fill("She knows the neighborhood and the family");
    const teammate = card.getByLabel("Offer it to a teammate (optional)");
    await expect(teammate).toBeEnabled();
    const option = teammate.locator("option").nth(1);
    const teammateName = (await option.innerText()).split(" · ")[0]!.trim();
    await teammate.selectOption((await option.getAttribute("value"))!);
    const decline = card.getByRole("button", { name: "Decline offer" });
    expect((await decline.boundingBox())!.height).toBeGreaterThanOrEqual(info.project.name.endsWith("phone") ? 44 : 40);
    await decline.click();
    await expect(card).toHaveCount(0);
    await expect(daniel.getByTestId("inbox-flash")).toContainText(`${teammateName} was offered the client, as you asked`);

    const offered = page.getByTestId("timeline-item").filter({ hasText: `Offered to ${teammateName}` });
    await expect(offered).toBeVisible({ timeout: 15_000 });
    await expect(offered).toContainText(`${member.name} passed the client to this seat: "She knows the neighborhood and the family"`);
    await daniel.context().close();
  });
});
