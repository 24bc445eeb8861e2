import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORDS } from "../lib/db/seed/accounts";
import { signIn } from "./sign-in";

interface Move { client: string; from: string; to: string }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The moves the preview proposes, read from the checklist. */
const proposedMoves = (page: Page) =>
  page.getByTestId("rebalance-move").evaluateAll((rows) =>
    rows.map((row) => {
      const [from, to] = (row.querySelector("strong")?.parentElement?.textContent ?? "").split("·")[0]!.split("→").map((s) => s.trim());
      return { client: row.querySelector("[data-testid=rebalance-move-client]")?.textContent?.trim() ?? "", from: from ?? "", to: to ?? "" };
    }),
  );

test.describe("the overseer rebalances the team", () => {
  test("picks the moves, confirms, and the seats affected are told why; applied moves are never undone", async ({ page, browser }) => {
    await page.goto("/rebalance");
    await expect(page.getByRole("heading", { name: "Rebalance the team" })).toBeVisible();
    const moves: Move[] = await proposedMoves(page);
    if (moves.length === 0) {
      await expect(page.getByText("Nothing to move")).toBeVisible();
      return;
    }
    await expect(page.getByTestId("rebalance-load").first()).toContainText("→");
    const boxes = page.getByTestId("rebalance-move").getByRole("checkbox");
    for (const box of await boxes.all()) await expect(box).toBeChecked();

    let appliedOk = false;
    await test.step("deselect the first move, then confirm the rest", async () => {
      await boxes.first().uncheck();
      const kept = moves.length - 1;
      if (kept === 0) {
        await expect(page.getByRole("button", { name: "Select a move to apply" })).toBeDisabled();
        return;
      }
      await page.getByRole("button", { name: new RegExp(`^Apply ${kept} moves?…$`) }).click();
      await expect(page.getByRole("alertdialog")).toContainText(`Move ${kept} client`);
      await page.getByRole("button", { name: /^Confirm \d+ moves?$/ }).click();
      const done = page.getByRole("status").filter({ hasText: /^Moved \d+ clients?/ });
      // A kept move may need the one left out to make room: the answer then says which to add.
      const refused = page.getByRole("alert").filter({ hasText: /has room for/ });
      await expect(done.or(refused)).toBeVisible();
      if (await refused.isVisible()) return;
      await expect(done).toContainText(/told why/);
      appliedOk = true;
    });

    const applied = appliedOk ? moves.slice(1) : [];
    await test.step("a seat that gained or lost a client reads why in its inbox", async () => {
      const person = DEMO_ACCOUNTS.find((a) => a.role === "agent" && applied.some((m) => m.from === a.name || m.to === a.name));
      if (!person) {
        test.info().annotations.push({ type: "note", description: "no applied move touched a team member's seat" });
        return;
      }
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const theirs = await context.newPage();
      await signIn(theirs, person.email, DEMO_PASSWORDS.agent);
      await theirs.goto("/inbox");
      const move = applied.find((m) => m.from === person.name || m.to === person.name)!;
      await expect(theirs.getByText(new RegExp(`moved ${escape(move.client)} to (you|${escape(move.to)}) .*when rebalancing the team`)).first()).toBeVisible();
      await context.close();
    });

    await test.step("the applied moves are not proposed again", async () => {
      await page.reload();
      const after = await proposedMoves(page);
      expect(after.filter((m) => applied.some((a) => a.client === m.client))).toEqual([]);
    });
  });
});
