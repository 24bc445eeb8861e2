import { whenInZone } from "../../domain/appointments/appointment-words";
import { reminderText } from "../../domain/appointments/reminder";
import type { AppointmentKind, NOTICE_KINDS } from "../../domain/team/vocabulary";
import { addDays, addMinutes } from "./dates";
import { lastOpenBefore, TEAM_HOURS } from "./working-hours";
import type { Prng } from "./prng";
import type { SeedContext } from "./types";

type Kind = (typeof NOTICE_KINDS)[number];

/** How far back the seeded notices reach; older ones would have been read and forgotten. */
const DAYS_BACK = 14;

/**
 * What the people on the team were told without asking, over the last two weeks: clients handed
 * to them or away from them, appointment reminders, tasks Jorge gave them and escalations he
 * closed. Yesterday's and older ones are read; the newest wait unread.
 */
export function buildSeatNotices(ctx: SeedContext): void {
  const rng = ctx.rng("notices");
  const seats = new Map(ctx.seats.map((s) => [s.id, s]));
  const clients = new Map(ctx.clients.map((c) => [c.id, c]));
  const name = (id: string) => {
    const c = clients.get(id)!;
    return `${c.row.firstName} ${c.row.lastName ?? ""}`.trim();
  };
  const since = addDays(ctx.asOf, -DAYS_BACK);
  const jorge = ctx.seats.find((s) => s.kind === "human" && s.role === "overseer")!;
  const notify = (seatId: string, clientId: string | null, kind: Kind, body: string, at: Date, fresh = false) => {
    if (seats.get(seatId)?.kind !== "human" || at < since || at > ctx.asOf) return;
    const read = !fresh && at < addMinutes(ctx.asOf, -6 * 60) && rng.chance(0.85);
    ctx.data.seatNotices.push({
      organizationId: ctx.orgId, id: rng.uuid(), seatId, clientId, kind, body, href: clientId ? `/clients/${clientId}` : null,
      readAt: read ? addMinutes(at, rng.between(5, 240)) : null, createdAt: at,
    });
  };
  for (const h of ctx.data.handoffs) {
    const at = h.decidedAt ?? h.createdAt!;
    const [from, to] = [seats.get(h.fromSeatId ?? "")?.name ?? "A teammate", seats.get(h.toSeatId)!.name];
    if (h.kind === "transfer" && h.fromSeatId) notify(h.fromSeatId, h.clientId, "client_moved_away", `${name(h.clientId)} moved to ${to}: ${h.reason} Their history and dossier went with them.`, at);
    const what = h.kind === "transfer" ? `handed ${name(h.clientId)} to you` : `added you to ${name(h.clientId)}'s team`;
    notify(h.toSeatId, h.clientId, "client_moved_in", `${from} ${what}: ${h.reason} Read the dossier before you reach out.`, at);
  }
  for (const a of ctx.data.appointments) {
    if (!a.remindedAt) continue;
    const body = reminderText({ kind: a.kind as AppointmentKind, clientName: name(a.clientId), startsAt: a.startsAt, timeZone: a.timeZone, place: a.place ?? null }, a.remindedAt);
    notify(a.seatId, a.clientId, "appointment_reminder", body, a.remindedAt);
  }
  for (const e of ctx.data.escalations) {
    if (e.status === "resolved" && e.resolvedAt && e.seatId) notify(e.seatId, e.clientId ?? null, "escalation_closed", `${jorge.name} resolved the escalation on ${name(e.clientId!)}: ${e.resolution ?? "handled"}`, e.resolvedAt);
  }
  reassignedTasks(ctx, rng, notify, name, jorge.name);
}

/** One open task per working teammate that Jorge handed over in his last working hours, still unread. */
function reassignedTasks(ctx: SeedContext, rng: Prng, notify: (seatId: string, clientId: string | null, kind: Kind, body: string, at: Date, fresh?: boolean) => void, name: (id: string) => string, by: string): void {
  const people = ctx.seats.filter((s) => s.kind === "human" && s.role !== "overseer" && s.presence === "available");
  for (const seat of people) {
    const open = ctx.data.tasks.filter((t) => t.seatId === seat.id && t.status === "open" && t.dueAt && t.dueAt > ctx.asOf);
    if (open.length === 0) continue;
    const task = rng.pick(open.filter((t) => t.kind !== "follow_up").concat(open).slice(0, 8));
    const at = new Date(Math.max(task.createdAt!.getTime(), lastOpenBefore(addMinutes(ctx.asOf, -rng.between(20, 180)), TEAM_HOURS).getTime()));
    notify(seat.id, task.clientId, "task_reassigned", `${by} gave you the task "${task.title}" on ${name(task.clientId)}, due ${whenInZone(task.dueAt!, "America/Los_Angeles")}.`, at, true);
  }
}
