import Link from "next/link";
import type { AgendaView } from "@/lib/domain/appointments/agenda";

const PILL = "inline-flex min-h-11 items-center justify-center rounded-lg border px-3 text-sm font-medium sm:min-h-9";
const ON = `${PILL} border-brand-600 bg-brand-600 text-white`;
const OFF = `${PILL} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;

export interface CalendarLinks {
  href: (change: { view?: AgendaView; day?: string }) => string;
  view: AgendaView;
  previous: string;
  next: string;
  today: string;
}

/** Day or week, back, today and forward: plain links, so the calendar works without scripts. */
export function CalendarControls({ links, seatPicker }: { links: CalendarLinks; seatPicker?: { seatId: string; seats: { id: string; name: string; kind: string }[]; view: AgendaView; day: string } }) {
  return (
    <div className="mb-5 flex flex-wrap items-center gap-2">
      <nav aria-label="View" className="flex gap-1">
        <Link href={links.href({ view: "day" })} aria-current={links.view === "day" ? "page" : undefined} className={links.view === "day" ? ON : OFF}>Day</Link>
        <Link href={links.href({ view: "week" })} aria-current={links.view === "week" ? "page" : undefined} className={links.view === "week" ? ON : OFF}>Week</Link>
      </nav>
      <nav aria-label="Dates" className="flex gap-1">
        <Link href={links.href({ day: links.previous })} className={OFF} aria-label={`Previous ${links.view}`}>←</Link>
        <Link href={links.href({ day: links.today })} className={OFF}>Today</Link>
        <Link href={links.href({ day: links.next })} className={OFF} aria-label={`Next ${links.view}`}>→</Link>
      </nav>
      {seatPicker ? (
        <form method="get" action="/calendar" className="flex w-full gap-2 sm:w-auto">
          <input type="hidden" name="view" value={seatPicker.view} />
          <input type="hidden" name="day" value={seatPicker.day} />
          <label htmlFor="calendar-seat" className="sr-only">Seat</label>
          <select id="calendar-seat" name="seat" defaultValue={seatPicker.seatId} className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm sm:min-h-9">
            {seatPicker.seats.map((s) => <option key={s.id} value={s.id}>{s.name}{s.kind === "ai" ? " (AI)" : ""}</option>)}
          </select>
          <button type="submit" className={OFF}>Show</button>
        </form>
      ) : null}
    </div>
  );
}
