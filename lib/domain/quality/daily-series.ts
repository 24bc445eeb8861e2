/** One local day's count of messages, as the database groups them. */
export interface DayCount {
  day: string;
  reviewed: number;
  blocked: number;
  warned: number;
  findings: number;
}

/**
 * The daily series of a period for the charts: one entry per local day, in order, days with
 * nothing counted as zeros (a quiet day is a point on the chart, not a gap). Counts for days
 * outside the period are ignored.
 */
export function dailySeries(days: readonly string[], counts: readonly DayCount[]): DayCount[] {
  const byDay = new Map(counts.map((c) => [c.day, c]));
  return days.map((day) => {
    const c = byDay.get(day);
    return { day, reviewed: c?.reviewed ?? 0, blocked: c?.blocked ?? 0, warned: c?.warned ?? 0, findings: c?.findings ?? 0 };
  });
}
