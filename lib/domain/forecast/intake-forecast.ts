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
  /** Expected new clients that week. */
  expected: number;
  /** The seasonal index applied (1 = an ordinary week). */
  seasonal: number;
  /** Lead places expected free by the end of that week, after the expected intake and releases. */
  freeAfter: number;
  short: boolean;
}

const DAY = 86_400_000;
const addWeeks = (week: string, n: number) => new Date(Date.parse(`${week}T00:00:00Z`) + n * 7 * DAY).toISOString().slice(0, 10);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Seasonal index of a week: the same three weeks a year earlier against the average week of
 * the year around them. Needs that year in the history (from `firstWeek`); without it every
 * week counts as ordinary (1). Weeks missing from the map had no intake.
 */
export function seasonalIndex(byWeek: Map<string, number>, firstWeek: string, week: string): number {
  const yearStart = addWeeks(week, -52 - 26);
  if (yearStart < firstWeek) return 1;
  const year = Array.from({ length: 52 }, (_, i) => byWeek.get(addWeeks(yearStart, i)) ?? 0);
  const base = mean(year);
  const sameWeeks = [-1, 0, 1].map((d) => byWeek.get(addWeeks(week, -52 + d)) ?? 0);
  return base > 0 ? mean(sameWeeks) / base : 1;
}

/**
 * Forecasts the next weeks of intake for one market from its weekly history: the recent level
 * (last LEVEL_WEEKS weeks, seasonality removed) times each coming week's seasonal index. Each week
 * is then set against the lead places free now plus the places the team releases in a typical
 * week; a week whose cumulative intake would exceed them is flagged short.
 */
export function forecastIntake(history: WeeklyCount[], nextWeek: string, freePlaces: number, releasesPerWeek: number, horizon = HORIZON_WEEKS): ForecastWeek[] {
  const byWeek = new Map(history.map((h) => [h.week, h.count]));
  const firstWeek = history.reduce((min, h) => (h.week < min ? h.week : min), nextWeek);
  const recent = Array.from({ length: LEVEL_WEEKS }, (_, i) => addWeeks(nextWeek, -LEVEL_WEEKS + i));
  const level = mean(recent.map((w) => (byWeek.get(w) ?? 0) / Math.max(0.2, seasonalIndex(byWeek, firstWeek, w))));
  let free = freePlaces;
  return Array.from({ length: horizon }, (_, i) => {
    const week = addWeeks(nextWeek, i);
    const seasonal = seasonalIndex(byWeek, firstWeek, week);
    const expected = Math.max(0, level * seasonal);
    free = free - expected + releasesPerWeek;
    return { week, expected: Math.round(expected * 10) / 10, seasonal: Math.round(seasonal * 100) / 100, freeAfter: Math.round(free * 10) / 10, short: free < 0 };
  });
}

/** Monday (UTC) of the week holding a date, as YYYY-MM-DD. */
export function weekStart(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
