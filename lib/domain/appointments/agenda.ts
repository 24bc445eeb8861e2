import { addDays, dayInZone, startOfDayInZone } from "./wall-time";

export const AGENDA_VIEWS = ["day", "week"] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

export interface AgendaRange {
  /** The calendar days shown, "YYYY-MM-DD", in order. */
  days: string[];
  from: Date;
  /** The instant after the last day ends (exclusive). */
  to: Date;
}

/** The weekday of a "YYYY-MM-DD" day, 0 for Monday to 6 for Sunday. */
function mondayIndex(day: string): number {
  return (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * The days and the instants a calendar view covers in a time zone: the day itself, or the week
 * (Monday to Sunday) holding it. Days are counted on the calendar, so a week with a clock change
 * still has seven days of 23 to 25 hours.
 */
export function agendaRange(day: string, view: AgendaView, timeZone: string): AgendaRange {
  const first = view === "day" ? day : addDays(day, -mondayIndex(day));
  const days = Array.from({ length: view === "day" ? 1 : 7 }, (_, i) => addDays(first, i));
  return { days, from: startOfDayInZone(first, timeZone), to: startOfDayInZone(addDays(days.at(-1)!, 1), timeZone) };
}

/** The day a "previous" or "next" link of a view opens: one day, or one week, away. */
export function shiftAgenda(day: string, view: AgendaView, direction: -1 | 1): string {
  return addDays(day, direction * (view === "day" ? 1 : 7));
}

export interface AgendaItem {
  id: string;
  seatId: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
}

/**
 * A view's appointments grouped by the day they start in the time zone, every day of the range
 * listed (an empty day too), each day in start order. `clashes` marks a scheduled appointment
 * that overlaps another scheduled one of the same seat, so a flagged double booking stands out.
 */
export function groupAgenda<T extends AgendaItem>(items: readonly T[], range: AgendaRange, timeZone: string): { day: string; items: (T & { clashes: boolean })[] }[] {
  const live = items.filter((i) => i.status === "scheduled");
  const clashes = (i: T) => i.status === "scheduled" && live.some((o) => o.id !== i.id && o.seatId === i.seatId && o.startsAt < i.endsAt && i.startsAt < o.endsAt);
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return range.days.map((day) => ({ day, items: sorted.filter((i) => dayInZone(i.startsAt, timeZone) === day).map((i) => ({ ...i, clashes: clashes(i) })) }));
}

/** A day's heading: "Saturday, March 14", with "Today" in front on the current day. */
export function dayHeading(day: string, today: string): string {
  const words = new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });
  return day === today ? `Today · ${words}` : words;
}
