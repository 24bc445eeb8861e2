import type { Metadata } from "next";
import { z } from "zod";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listCalendarSeats, listSeatAppointments } from "@/lib/db/queries/appointments";
import { AGENDA_VIEWS, agendaRange, groupAgenda, shiftAgenda, type AgendaView } from "@/lib/domain/appointments/agenda";
import { dayInZone, isCalendarDay } from "@/lib/domain/appointments/wall-time";
import { BUSINESS_TIME_ZONE } from "@/lib/domain/followup/business-time";
import { AgendaList } from "@/components/appointments/agenda-list";
import { CalendarControls } from "@/components/appointments/calendar-controls";
import { PageHeader } from "@/components/section";

export const metadata: Metadata = { title: "Calendar" };

const querySchema = z.object({
  view: z.enum(AGENDA_VIEWS).optional().catch(undefined),
  day: z.string().refine(isCalendarDay).optional().catch(undefined),
  seat: z.guid().optional().catch(undefined),
});

/**
 * A seat's appointments by day or week, in the business's time zone (each also in the client's,
 * when that differs). A team member sees their own seat's calendar; people who see every client
 * (Jorge, viewers) pick any seat, starting with their own.
 */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const query = querySchema.parse(await searchParams);
  const db = getDb();
  const anySeat = viewerCan(viewer, "clients.read_all");
  const seats = anySeat ? await listCalendarSeats(db, viewer.organizationId) : [];
  const seatId = anySeat ? (seats.find((s) => s.id === query.seat) ?? seats.find((s) => s.id === viewer.seatId) ?? seats[0])?.id : viewer.seatId;
  if (!seatId) {
    return (
      <>
        <PageHeader title="Calendar" />
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-700">Your account has no seat on the team, so it has no calendar. Ask Jorge to give you a seat.</p>
      </>
    );
  }
  const now = new Date();
  const today = dayInZone(now, BUSINESS_TIME_ZONE);
  const view: AgendaView = query.view ?? "week";
  const day = query.day ?? today;
  const range = agendaRange(day, view, BUSINESS_TIME_ZONE);
  const items = await listSeatAppointments(db, viewer.organizationId, seatId, range.from, range.to);
  const days = groupAgenda(items, range, BUSINESS_TIME_ZONE);
  const seatName = anySeat ? seats.find((s) => s.id === seatId)!.name : "Your";
  const href = (change: { view?: AgendaView; day?: string }) => `/calendar?${new URLSearchParams({ view: change.view ?? view, day: change.day ?? day, ...(anySeat ? { seat: seatId } : {}) })}`;
  const booked = items.filter((i) => i.status === "scheduled").length;

  return (
    <>
      <PageHeader title="Calendar" subtitle={`${anySeat ? `${seatName}'s` : seatName} appointments, Pacific time · ${booked} scheduled this ${view}`} />
      <CalendarControls
        links={{ href, view, previous: shiftAgenda(day, view, -1), next: shiftAgenda(day, view, 1), today }}
        seatPicker={anySeat ? { seatId, seats, view, day } : undefined}
      />
      <AgendaList days={days} timeZone={BUSINESS_TIME_ZONE} today={today} />
      {items.length === 0 ? <p className="mt-4 text-sm text-slate-600">Book showings, listing appointments, calls and meetings from a client&apos;s page.</p> : null}
    </>
  );
}
