import Link from "next/link";
import { dayHeading } from "@/lib/domain/appointments/agenda";
import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS, clockInZone, spanInZone } from "@/lib/domain/appointments/appointment-words";
import type { AppointmentKind } from "@/lib/domain/team/vocabulary";
import type { AppointmentRow } from "@/lib/db/queries/appointments";

export interface AgendaDay {
  day: string;
  items: (AppointmentRow & { clashes: boolean })[];
}

function Item({ a, timeZone }: { a: AgendaDay["items"][number]; timeZone: string }) {
  const closed = a.status !== "scheduled";
  const struck = a.status === "cancelled" || a.status === "no_show";
  return (
    <li className={`rounded-lg border p-3 ${a.clashes ? "border-orange-400 bg-orange-50" : "border-slate-200 bg-white"}`} data-testid="agenda-item" data-status={a.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className={`font-semibold tabular-nums text-slate-900 ${struck ? "line-through decoration-slate-500" : ""}`}>{spanInZone(a.startsAt, a.endsAt, timeZone)}</p>
        {closed ? <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{APPOINTMENT_STATUS_LABELS[a.status] ?? a.status}</span> : null}
      </div>
      <p className="text-sm text-slate-800">
        {APPOINTMENT_KIND_LABELS[a.kind as AppointmentKind] ?? a.kind} with <Link href={`/clients/${a.clientId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{`${a.clientFirstName} ${a.clientLastName}`.trim()}</Link>
      </p>
      {a.timeZone !== timeZone ? <p className="text-xs text-slate-600">{clockInZone(a.startsAt, a.timeZone)} where the client is</p> : null}
      {a.place ? <p className="break-words text-sm text-slate-700">{a.place}</p> : null}
      {a.clashes ? <p className="mt-1 text-sm font-medium text-orange-900">Overlaps another booking on this calendar: Jorge decides which stands.</p> : null}
      <a href={`/calendar/${a.id}/ics`} download className="mt-1 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline sm:min-h-0">Add to my calendar (.ics)</a>
    </li>
  );
}

/** A seat's agenda, one heading per day (empty days say so), each appointment with its client, place and invite. */
export function AgendaList({ days, timeZone, today }: { days: AgendaDay[]; timeZone: string; today: string }) {
  return (
    <div className="max-w-3xl space-y-5" data-testid="agenda">
      {days.map(({ day, items }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className={`mb-2 text-sm font-semibold ${day === today ? "text-brand-800" : "text-slate-800"}`}>{dayHeading(day, today)}</h2>
          {items.length ? <ol className="space-y-2">{items.map((a) => <Item key={a.id} a={a} timeZone={timeZone} />)}</ol> : <p className="text-sm text-slate-600">Nothing booked.</p>}
        </section>
      ))}
    </div>
  );
}
