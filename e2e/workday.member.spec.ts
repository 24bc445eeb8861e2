import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

/** The first client on the member's list that their seat works whole (not an offer preview). */
async function openOwnClient(page: Page): Promise<string> {
  await page.goto("/clients");
  const row = page.getByTestId("client-row").filter({ hasNot: page.getByTestId("client-preview-badge") }).first();
  await row.getByRole("link").first().click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).not.toHaveText("My clients");
  return (await heading.innerText()).trim();
}

/**
 * A wall-clock time months ahead, different for each run and project, so reruns and the desktop
 * and phone runs on one database never book the same seat twice at once.
 */
function farAhead(): string {
  const at = new Date(Date.now() + (200 + Math.floor(Math.random() * 150)) * 86_400_000);
  const day = at.toISOString().slice(0, 10);
  const hour = String(9 + Math.floor(Math.random() * 8)).padStart(2, "0");
  const minute = String(5 * Math.floor(Math.random() * 12)).padStart(2, "0");
  return `${day}T${hour}:${minute}`;
}

test.describe("a team member's workday on a client", () => {
  test("books an appointment, logs a call, moves the stage and takes the invite", async ({ page }) => {
    const stamp = Date.now();
    const place = `Open house at 7421 Etiwanda Ave, ${stamp}`;
    const clientName = await openOwnClient(page);

    await test.step("the client page offers tap-to-call and email, and texts only with consent", async () => {
      const contact = page.getByTestId("contact-links");
      await expect(contact).toBeVisible();
      const text = contact.getByRole("link", { name: "Text" });
      if (await text.count()) await expect(text).toHaveAttribute("href", /^sms:\+?\d+$/);
      else await expect(contact.getByText(/^Text: /)).toBeVisible();
    });

    await test.step("books a showing in the client's time zone", async () => {
      await page.getByTestId("work-book").locator("summary").click();
      const form = page.getByTestId("book-appointment");
      await form.getByLabel("What").selectOption("showing");
      await form.getByLabel("Starts, client's time").fill(farAhead());
      await form.getByLabel("How long").selectOption("45");
      await form.getByLabel("Where (optional)").fill(place);
      await form.getByRole("button", { name: "Book" }).click();
      await expect(form.getByRole("status")).toContainText("Booked: Showing");
      await expect(page.getByTestId("client-appointment").filter({ hasText: place })).toBeVisible();
    });

    await test.step("logs a call with its outcome, shown on the timeline", async () => {
      const note = `Left a voicemail about the showing, ${stamp}`;
      await page.getByTestId("work-log").locator("summary").click();
      const form = page.getByTestId("log-contact");
      await form.getByLabel("Call", { exact: true }).check();
      await form.getByLabel("How it ended").selectOption("left_voicemail");
      await form.getByLabel("Note (optional)").fill(note);
      await form.getByRole("button", { name: "Log it" }).click();
      await expect(form.getByRole("status")).toHaveText("Call logged.");
      await expect(page.getByTestId("timeline-item").filter({ hasText: note })).toContainText("Left a voicemail");
    });

    await test.step("moves the client to another stage of their pipeline", async () => {
      await page.getByTestId("work-stage").locator("summary").click();
      const form = page.getByTestId("stage-form");
      const stage = form.getByLabel("Stage");
      const choices = await stage.locator("option").evaluateAll((options) => options.map((o) => ({ value: (o as HTMLOptionElement).value, now: o.textContent?.includes("(now)") ?? false })));
      const target = choices.find((c) => !c.now && c.value !== "Closed" && c.value !== "Lost")!.value;
      await stage.selectOption(target);
      await form.getByRole("button", { name: "Move" }).click();
      await expect(form.getByRole("status")).toContainText(`to ${target}.`);
      await expect(page.getByTestId("client-stage")).toContainText(target);
    });

    await test.step("downloads the appointment as an .ics invite", async () => {
      const booked = page.getByTestId("client-appointment").filter({ hasText: place });
      const [download] = await Promise.all([page.waitForEvent("download"), booked.getByRole("link", { name: "Add to my calendar (.ics)" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^showing-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.ics$/);
      const ics = (await readFile((await download.path())!, "utf8")).replace(/\r\n[ \t]/g, "");
      expect(ics).toContain("BEGIN:VCALENDAR");
      expect(ics).toContain(`SUMMARY:Showing: ${clientName}`);
      expect(ics).toContain(stamp.toString());
    });
  });
});
