import { addDays, daysBetween, localDay, zonedTimeToUtc } from "../followup/zoned-time";

/** The periods the quality page offers with one click, in days ending today. */
export const PERIOD_PRESETS = [7, 30, 90] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
/** The preset a page opens with. */
export const DEFAULT_PERIOD_DAYS: PeriodPreset = 30;
/** The longest custom range: a year and a day, so a report stays one query's work. */
export const MAX_PERIOD_DAYS = 366;

/** A reporting period: whole local days in the team's zone, and the instants that bound them. */
export interface QualityPeriod {
  /** "7", "30" or "90" for a preset, "custom" for from/to dates. */
  key: `${PeriodPreset}` | "custom";
  /** First and last local day, inclusive, "YYYY-MM-DD". */
  fromDay: string;
  toDay: string;
  /** The start of fromDay and the start of the day after toDay, in the zone. */
  from: Date;
  to: Date;
  /** Every local day of the period, oldest first, for the daily series. */
  days: string[];
}

export type PeriodResult = { ok: true; period: QualityPeriod } | { ok: false; error: string };

/** What the page's address may carry: ?days=7|30|90, or ?from=YYYY-MM-DD&to=YYYY-MM-DD. */
export interface PeriodInput {
  days?: string;
  from?: string;
  to?: string;
}

/** True for a real calendar day written YYYY-MM-DD (not "2026-02-30"). */
function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const startOf = (day: string, timeZone: string) => {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return zonedTimeToUtc({ year, month, day: date, hour: 0, minute: 0, second: 0 }, timeZone);
};

function build(key: QualityPeriod["key"], fromDay: string, toDay: string, timeZone: string): QualityPeriod {
  const length = daysBetween(fromDay, toDay) + 1;
  const days = Array.from({ length }, (_, i) => addDays(fromDay, i));
  return { key, fromDay, toDay, from: startOf(fromDay, timeZone), to: startOf(addDays(toDay, 1), timeZone), days };
}

/**
 * Reads the period of a quality report: the last 7, 30 or 90 local days ending today (30 when
 * nothing is asked), or a from/to range of whole local days in the team's zone. Anything else
 * is refused with what was wrong and how to write it, never silently replaced by a default.
 */
export function parseQualityPeriod(input: PeriodInput, now: Date, timeZone: string): PeriodResult {
  const today = localDay(now, timeZone);
  if (input.from !== undefined || input.to !== undefined) {
    const { from, to } = input;
    if (!from || !to) return { ok: false, error: "A custom period needs both dates: from=YYYY-MM-DD and to=YYYY-MM-DD." };
    for (const [name, value] of [["from", from], ["to", to]] as const) {
      if (!isDay(value)) return { ok: false, error: `The ${name} date "${value.slice(0, 40)}" is not a calendar date; write it as YYYY-MM-DD, such as ${today}.` };
    }
    if (from > to) return { ok: false, error: `The period starts (${from}) after it ends (${to}); swap the dates.` };
    if (to > today) return { ok: false, error: `The period ends ${to}, after today (${today}); end it today or earlier.` };
    if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) return { ok: false, error: `A period is at most ${MAX_PERIOD_DAYS} days; shorten it.` };
    return { ok: true, period: build("custom", from, to, timeZone) };
  }
  const raw = input.days ?? String(DEFAULT_PERIOD_DAYS);
  const preset = PERIOD_PRESETS.find((n) => String(n) === raw);
  if (!preset) return { ok: false, error: `"${raw.slice(0, 40)}" is not a period the report offers; choose 7, 30 or 90 days, or give from and to dates.` };
  return { ok: true, period: build(`${preset}`, addDays(today, -(preset - 1)), today, timeZone) };
}

/** The period in words for headings: "Last 30 days" or "Nov 3 to Dec 1, 2026". */
export function periodLabel(period: QualityPeriod, dayWords: (day: string) => string): string {
  return period.key === "custom" ? `${dayWords(period.fromDay)} to ${dayWords(period.toDay)}` : `Last ${period.key} days`;
}
