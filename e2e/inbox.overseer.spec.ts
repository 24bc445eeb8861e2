import { expect, test, type Page } from "@playwright/test";
import { navigate } from "./nav";

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
});
