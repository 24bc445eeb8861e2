import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import { navigate } from "./nav";
import type { Result } from "axe-core";

/** WCAG 2.0 A and AA and WCAG 2.1 AA: the level the console keeps to. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21aa"];

/** One line per failing element: the rule, how serious, what is wrong and where. */
function readable(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      const why = (node.any[0] ?? node.all[0] ?? node.none[0])?.message ?? node.failureSummary ?? "";
      return `${v.id} (${v.impact ?? "?"}): ${v.help} | ${node.target.join(" ")} | ${why.replace(/\s+/g, " ")} | ${node.html.replace(/\s+/g, " ").slice(0, 140)}`;
    }),
  );
}

/** Starts recording every response of the page that answered 404 (a missing icon, script, style or data file). */
export function recordMissingFiles(page: Page): string[] {
  const missing: string[] = [];
  page.on("response", (response: Response) => {
    if (response.status() === 404) missing.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return missing;
}

/**
 * Waits until the page has rendered, hydrated (a console page shows its live indicator only then)
 * and has its fonts, so contrast is measured on the page people see.
 */
export async function settle(page: Page, { signedIn = true } = {}) {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  if (signedIn) await expect(page.getByTestId("live-status")).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState("load");
}

/** Asserts that axe finds no WCAG 2.1 AA violation on the page as it is now. */
export async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(readable(results.violations), `accessibility violations on ${where}`).toEqual([]);
}

/** Opens a page from the console's menu, then checks it as expectAccessiblePage does. */
export async function expectAccessibleFromMenu(page: Page, path: string, label: string) {
  const missing = recordMissingFiles(page);
  await page.goto("/");
  await navigate(page, label);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await settle(page);
  await expectNoViolations(page, path);
  expect(missing, `files that answered 404 on ${path}`).toEqual([]);
}

/** Opens a page by its address and checks it opens, axe finds nothing, and no file it loads is missing. */
export async function expectAccessiblePage(page: Page, path: string) {
  const missing = recordMissingFiles(page);
  const response = await page.goto(path);
  expect(response?.status(), `${path} opens`).toBe(200);
  await settle(page);
  await expectNoViolations(page, path);
  expect(missing, `files that answered 404 on ${path}`).toEqual([]);
}

/** The pages both roles open from the menu rather than by address. */
export const MENU_PAGES = [{ path: "/tasks", label: "Tasks" }, { path: "/calendar", label: "Calendar" }, { path: "/quality", label: "Quality" }] as const;

/** Opens the first client of the list whose row `rows` keeps, and checks its page as expectAccessiblePage does. */
export async function expectAccessibleClientPage(page: Page, rows: (list: Locator) => Locator = (list) => list) {
  const missing = recordMissingFiles(page);
  await page.goto("/clients");
  await rows(page.getByTestId("client-row")).first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await settle(page);
  await expectNoViolations(page, page.url());
  expect(missing).toEqual([]);
}
