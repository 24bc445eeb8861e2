import { expect, test } from "@playwright/test";
import { member } from "./accounts";
import { navigate } from "./nav";

test.describe("a team member's team board", () => {
  test("shows their own seat, and teammates' roles and availability without their clients", async ({ page }) => {
    await page.goto("/");
    await navigate(page, "Team");
    await expect(page.getByRole("heading", { name: "Team", level: 1 })).toBeVisible();
    await expect(page.getByTestId("seat-card")).toHaveCount(1);
    await expect(page.getByTestId("seat-card")).toContainText(member.name);
    await expect(page.getByRole("search")).toHaveCount(0);
    const maria = page.getByTestId("roster-card").filter({ hasText: "Maria Guadalupe Fernandez-Villanueva" });
    await expect(maria).toHaveCount(1);
    await expect(maria.getByTestId("seat-clients")).toHaveCount(0);

    await page.goto("/team?role=listing_specialist&q=Maria");
    await expect(page.getByTestId("seat-card")).toHaveCount(1);
    await expect(page.getByTestId("seat-card")).toContainText(member.name);
  });

  test("opens their own clients from the board", async ({ page }) => {
    await page.goto("/team");
    const card = page.getByTestId("seat-card");
    await card.getByText(/^Active clients \(\d+\)/).click();
    // Clients only offered to the seat open as a preview; the profile needs an accepted place.
    const links = card.getByTestId("seat-clients").getByRole("listitem").filter({ hasNotText: /offer (pending|until|expired)/ }).getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
    await expect(page.getByTestId("assignment-explanation").filter({ hasText: member.name })).not.toHaveCount(0);
  });
});
