import { expect, test } from "@playwright/test";
import { member } from "./accounts";

test.describe("a team member's quality report", () => {
  test("shows their own seat's report without the record form, and another seat's report answers not found", async ({ page, browser }) => {
    await page.goto("/quality");
    await expect(page.getByRole("heading", { name: "Your quality", level: 1 })).toBeVisible();
    const report = page.getByTestId("seat-report");
    await expect(report).toBeVisible();
    await expect(page.getByTestId("quality-summary")).toContainText("Reviewed");
    await expect(page.getByTestId("seat-messages").or(page.getByTestId("messages-empty"))).toBeVisible();
    await expect(page.getByTestId("record-action")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pause this seat…" })).toHaveCount(0);
    await expect(page.getByTestId("seat-table")).toHaveCount(0);
    const ownSeat = (await report.getAttribute("data-seat-id"))!;
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page must not scroll sideways").toBe(true);
    await page.screenshot({ path: test.info().outputPath("quality-member.png"), fullPage: true });

    await page.goto(`/quality/${ownSeat}?days=7`);
    await expect(page.getByRole("heading", { name: member.name, level: 1 })).toBeVisible();

    const jorge = await browser.newContext({ storageState: "e2e/.auth/overseer.json" });
    const overseerPage = await jorge.newPage();
    await overseerPage.goto(new URL("/quality", page.url()).toString());
    const seatIds = await overseerPage.getByTestId("seat-row").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.seatId));
    await jorge.close();
    const otherSeat = seatIds.find((id) => id && id !== ownSeat);
    expect(otherSeat, "the team has another seat").toBeTruthy();

    const response = await page.goto(`/quality/${otherSeat}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    expect((await page.goto("/quality/not-a-seat"))?.status()).toBe(404);
  });
});
