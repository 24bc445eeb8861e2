/** Date-only values in words, the one format every page and sentence uses. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date-only value ("2026-12-01", a postgres `date`, a contract deadline) as "Dec 1, 2026", or
 * "Dec 1" without the year. It is read from its digits and never goes through a Date, so no time
 * zone can move it to the day before or after. Anything that is not YYYY-MM-DD is shown as given.
 */
export function calendarDate(day: string | null | undefined, { year = true }: { year?: boolean } = {}): string {
  if (!day) return "—";
  const m = DATE_ONLY.exec(day);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return day;
  return `${month} ${Number(m[3])}${year ? `, ${m[1]}` : ""}`;
}
