import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS, clockInZone, durationWords, whenInZone } from "@/lib/domain/appointments/appointment-words";
import type { AppointmentKind } from "@/lib/domain/team/vocabulary";
import type { AppointmentRow } from "@/lib/db/queries/appointments";
import { AppointmentStatusButtons } from "./appointment-status-buttons";

const STATUS_TONE: Record<string, string> = { scheduled: "bg-brand-50 text-brand-800", done: "bg-emerald-50 text-emerald-800", cancelled: "bg-slate-100 text-slate-700", no_show: "bg-amber-50 text-amber-900" };
const PAST_SHOWN = 5;

function Item({ a, clientId, canAct, now }: { a: AppointmentRow; clientId: string; canAct: boolean; now: Date }) {
  const label = `${APPOINTMENT_KIND_LABELS[a.kind as AppointmentKind]} on ${whenInZone(a.startsAt, a.timeZone)}`;
  const minutes = Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000);
  return (
    <li className="rounded-lg border border-slate-200 p-3" data-testid="client-appointment" data-status={a.status}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">{label}</p>
          <p className="text-sm text-slate-700">until {clockInZone(a.endsAt, a.timeZone)} · {durationWords(minutes)} · {a.seatName}</p>
          {a.place ? <p className="break-words text-sm text-slate-700">{a.place}</p> : null}
          {a.notes ? <p className="whitespace-pre-wrap break-words text-sm text-slate-600">{a.notes}</p> : null}
        </div>
        <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-medium ${STATUS_TONE[a.status] ?? STATUS_TONE.cancelled}`}>{APPOINTMENT_STATUS_LABELS[a.status] ?? a.status}</span>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <a href={`/calendar/${a.id}/ics`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline sm:min-h-0" download>Add to my calendar (.ics)</a>
        {canAct && a.status === "scheduled" ? <AppointmentStatusButtons clientId={clientId} appointmentId={a.id} started={a.startsAt <= now} label={label} /> : null}
      </div>
    </li>
  );
}

/**
 * The client's appointments: what is coming up (scheduled and not over), soonest first, with
 * the buttons to close each, then the latest few that are past or closed. Times are the client's.
 */
export function ClientAppointments({ clientId, appointments, canAct, now }: { clientId: string; appointments: AppointmentRow[]; canAct: boolean; now: Date }) {
  const upcoming = appointments.filter((a) => a.status === "scheduled" && a.endsAt > now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const rest = appointments.filter((a) => !upcoming.includes(a)).slice(0, PAST_SHOWN);
  if (appointments.length === 0) return <p className="text-sm text-slate-600">Nothing booked yet.</p>;
  return (
    <div className="space-y-4">
      {upcoming.length ? <ul className="space-y-2" aria-label="Coming up">{upcoming.map((a) => <Item key={a.id} a={a} clientId={clientId} canAct={canAct} now={now} />)}</ul> : <p className="text-sm text-slate-600">Nothing coming up.</p>}
      {rest.length ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">Earlier and closed</h3>
          <ul className="space-y-2">{rest.map((a) => <Item key={a.id} a={a} clientId={clientId} canAct={canAct} now={now} />)}</ul>
        </div>
      ) : null}
    </div>
  );
}
