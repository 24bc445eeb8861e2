/** Weeks of history used for the current level of intake. */
export const LEVEL_WEEKS = 8;
/** Weeks ahead the forecast looks. */
export const HORIZON_WEEKS = 4;

export interface WeeklyCount {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  count: number;
}

export interface ForecastWeek {
  week: string;
  /** Expected new clients that week, a whole number. */
  expected: number;
  /** The seasonal index applied (1 = an ordinary week). */
  seasonal: number;
  /** Whole lead places expected free by the end of that week, after the expected intake and the places released so far; negative when short. */
  freeAfter: number;
  /** Whole places missing by the end of that week; 0 unless the week is short. */
  shortBy: number;
  short: boolean;
}

const DAY = 86_400_000;
const addWeeks = (week: string, n: number) => new Date(Date.parse(`${week}T00:00:00Z`) + n * 7 * DAY).toISOString().slice(0, 10);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Clients of evidence a seasonal index needs before it moves far from 1: a market with a client a week a year ago has no season to read. */
export const SEASONAL_PRIOR_CLIENTS = 10;
/** The most a season can raise or lower a week's intake. */
const SEASONAL_RANGE = [0.5, 2] as const;

/**
 * Seasonal index of a week: the same three weeks a year earlier against the average week of
 * the year around them, pulled toward 1 by SEASONAL_PRIOR_CLIENTS of ordinary intake (so one
 * or two clients a year ago cannot make a week count 0 or 5 times) and kept within 0.5..2. Needs
 * that year in the history (from `firstWeek`); without it every week counts as ordinary (1).
 * Weeks missing from the map had no intake.
 */
export function seasonalIndex(byWeek: Map<string, number>, firstWeek: string, week: string): number {
  const yearStart = addWeeks(week, -52 - 26);
  if (yearStart < firstWeek) return 1;
  const year = Array.from({ length: 52 }, (_, i) => byWeek.get(addWeeks(yearStart, i)) ?? 0);
  const base = mean(year);
  if (base <= 0) return 1;
  const same = [-1, 0, 1].reduce((sum, d) => sum + (byWeek.get(addWeeks(week, -52 + d)) ?? 0), 0);
  const index = (same + SEASONAL_PRIOR_CLIENTS) / (3 * base + SEASONAL_PRIOR_CLIENTS);
  return Math.min(SEASONAL_RANGE[1], Math.max(SEASONAL_RANGE[0], index));
}

/**
 * Forecasts the next weeks of intake for one market from its weekly history: the recent level
 * (last LEVEL_WEEKS weeks, seasonality removed) times each coming week's seasonal index, rounded
 * to whole clients. Each week is set against the whole lead places free now plus the whole places
 * the team will have released by then at its usual weekly rate; a week whose cumulative intake
 * exceeds them is short by the difference, so a week expecting nobody is never short. When the
 * first week is already under way, `firstWeekShare` (0..1) is the part of it still to come.
 */
export function forecastIntake(history: WeeklyCount[], nextWeek: string, freePlaces: number, releasesPerWeek: number, horizon = HORIZON_WEEKS, firstWeekShare = 1): ForecastWeek[] {
  const share = Math.min(1, Math.max(0, firstWeekShare));
  const byWeek = new Map(history.map((h) => [h.week, h.count]));
  const firstWeek = history.reduce((min, h) => (h.week < min ? h.week : min), nextWeek);
  const recent = Array.from({ length: LEVEL_WEEKS }, (_, i) => addWeeks(nextWeek, -LEVEL_WEEKS + i));
  const level = mean(recent.map((w) => (byWeek.get(w) ?? 0) / Math.max(0.2, seasonalIndex(byWeek, firstWeek, w))));
  const freeNow = Math.max(0, Math.floor(freePlaces));
  let intake = 0;
  return Array.from({ length: horizon }, (_, i) => {
    const week = addWeeks(nextWeek, i);
    const seasonal = seasonalIndex(byWeek, firstWeek, week);
    const expected = Math.max(0, Math.round(level * seasonal * (i === 0 ? share : 1)));
    intake += expected;
    const freeAfter = freeNow + Math.floor(Math.max(0, releasesPerWeek) * (share + i) + 1e-9) - intake;
    return { week, expected, seasonal: Math.round(seasonal * 100) / 100, freeAfter, shortBy: Math.max(0, -freeAfter), short: freeAfter < 0 };
  });
}

/** Monday (UTC) of the week holding a date, as YYYY-MM-DD. */
export function weekStart(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
