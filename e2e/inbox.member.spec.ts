import { expect, test } from "@playwright/test";
import { navigate } from "./nav";

test.describe("a team member's inbox", () => {
  test("is in the menu and shows their offers or says none wait, then the handoffs both ways", async ({ page }) => {
    await page.goto("/");
    await navigate(page, "Inbox");
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Offers", level: 2 })).toBeVisible();

    const offers = page.getByTestId("offer-card");
    if ((await offers.count()) === 0) {
      await expect(page.getByText("No offers waiting for you.")).toBeVisible();
    } else {
      const first = offers.first();
      await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/clients\/[0-9a-f-]{36}$/);
      await expect(first.getByText(/1st choice|\d+(st|nd|rd|th) in the chain/)).toBeVisible();
      await expect(first.getByRole("button", { name: "Accept", exact: true })).toBeVisible();
      await expect(first.getByRole("button", { name: "Decline", exact: true })).toBeVisible();
      await expect(page.getByTestId("offer-seat")).toHaveCount(0);
    }

    await expect(page.getByRole("heading", { name: "Handoffs", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Waiting for you/, level: 3 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Sent by you/, level: 3 })).toBeVisible();
    if ((await page.getByTestId("handoff-card").count()) === 0) {
      await expect(page.getByText("No handoffs waiting for you.")).toBeVisible();
    }
  });

  test("a decline without a reason is refused with the reason asked for, and the offer stays", async ({ page }) => {
    await page.goto("/inbox");
    const offers = page.getByTestId("offer-card");
    const count = await offers.count();
    test.skip(count === 0, "No offer is open for this member right now: the seeded offers time out within minutes of the seed. The cross-role flow creates its own.");

    // Offers come soonest to expire first; the last one has the most time left.
    const client = await offers.last().getByRole("link").first().getAttribute("href");
    const card = offers.filter({ has: page.locator(`a[href="${client}"]`) });
    await card.getByRole("button", { name: "Decline", exact: true }).click();
    await expect(card.getByLabel("Reason")).toBeFocused();
    await card.getByRole("button", { name: "Decline offer" }).click();
    await expect(card.getByRole("alert")).toContainText("Say why you decline");
    await expect(card.getByLabel("Reason")).toBeVisible();
    await expect(page.getByTestId("inbox-flash")).toHaveCount(0);

    const left = /Expires in (?:(\d+):)?(\d+):(\d+)/.exec((await card.getByTestId("offer-countdown").getAttribute("aria-label")) ?? "");
    const secondsLeft = left ? Number(left[1] ?? 0) * 3600 + Number(left[2]) * 60 + Number(left[3]) : 0;
    await page.reload();
    // Only an offer with time to spare is sure to be still open after the reload.
    if (secondsLeft > 20) await expect(card).toHaveCount(1);
  });
});
