import { FOLLOW_UP_CADENCE } from "../../domain/settings/defaults";
import { addDays, addMinutes, atLocalTime, localDate, maxDate, minDate, shiftDay } from "./dates";
import { seatAt } from "./interactions";
import type { Prng } from "./prng";
import { DEADLINE_LABELS, type SeedTransaction } from "./transactions";
import type { ClientInfo, SeatInfo, SeedContext } from "./types";

type Kind = "todo" | "call" | "follow_up" | "deadline" | "document";

function fullName(c: ClientInfo): string {
  return `${c.row.firstName} ${c.row.lastName ?? ""}`.trim();
}

interface NewTask {
  title: string;
  kind: Kind;
  dueAt: Date;
  createdAt: Date;
  /** When it was done; null leaves it open. Defaults to done shortly before a due time that has passed. */
  doneAt?: Date | null;
  attempt?: number;
}

function add(ctx: SeedContext, rng: Prng, c: ClientInfo, seat: SeatInfo | null, t: NewTask) {
  const passed = t.dueAt.getTime() < ctx.asOf.getTime();
  const doneAt = t.doneAt !== undefined ? t.doneAt : passed ? maxDate(t.createdAt, addMinutes(t.dueAt, -rng.between(0, 180))) : null;
  ctx.data.tasks.push({
    organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, seatId: seat?.id ?? null, title: t.title, kind: t.kind, dueAt: t.dueAt,
    status: doneAt ? "done" : "open", completedAt: doneAt, attempt: t.attempt ?? null, createdAt: t.createdAt,
  });
}

/** The call a hot seller is owed within two hours of turning hot: done by the call in their history, or still open. */
function hotCallTask(ctx: SeedContext, rng: Prng, c: ClientInfo, calls: ReadonlyMap<string, Date[]>) {
  const hotAt = c.stageAt["Hot Seller"]!;
  const call = (calls.get(c.id) ?? []).find((t) => t.getTime() >= hotAt.getTime());
  const dueAt = addMinutes(hotAt, 120);
  add(ctx, rng, c, c.owner, { title: `Call ${fullName(c)}: hot seller, 30-45 day timeline confirmed`, kind: "call", dueAt, createdAt: hotAt, doneAt: call && call <= ctx.asOf ? call : null });
}

/** Share of deadlines around now still open: the ones Jorge sees as at risk. */
const AT_RISK = 0.15;

/**
 * A coordinator clears most deadlines ahead of time: one due within the next day is usually done
 * already, one missed in the last hours rarely left open. Others follow the default (done once passed).
 */
function closeDeadline(ctx: SeedContext, rng: Prng, key: string, dueAt: Date, createdAt: Date): { doneAt?: Date | null } {
  const hours = (dueAt.getTime() - ctx.asOf.getTime()) / 3_600_000;
  if (key === "closeOfEscrow" || hours < -12 || hours >= 24) return {};
  if (rng.chance(AT_RISK)) return { doneAt: null };
  return { doneAt: maxDate(createdAt, minDate(dueAt, addMinutes(ctx.asOf, -rng.between(30, 30 * 60)))) };
}

/** Call tasks for hot sellers, the follow-up cadence as the conversation kept it, contract deadlines and appointment prep. */
export function buildTasks(ctx: SeedContext, transactions: readonly SeedTransaction[]): void {
  const rng = ctx.rng("tasks");
  const calls = new Map<string, Date[]>();
  for (const i of ctx.data.interactions) if (i.channel === "call" && i.direction === "outbound") calls.set(i.clientId, [...(calls.get(i.clientId) ?? []), i.occurredAt!]);
  for (const list of calls.values()) list.sort((a, b) => a.getTime() - b.getTime());
  for (const c of ctx.clients) {
    if (c.stage === "Hot Seller" && c.owner) hotCallTask(ctx, rng, c, calls);
    for (const b of c.bookings) {
      if (b.kind !== "listing_appointment" || b.status !== "scheduled") continue;
      const seat = ctx.seats.find((s) => s.id === b.seatId) ?? c.owner;
      const due = minDate(atLocalTime(shiftDay(localDate(b.startsAt), -1), 17, 0), addMinutes(b.startsAt, -60));
      add(ctx, rng, c, seat, { title: `Prepare pricing analysis for ${fullName(c)}`, kind: "document", dueAt: maxDate(due, addMinutes(b.createdAt!, 30)), createdAt: b.createdAt! });
    }
    if (c.stage === "Showing Scheduled" && c.owner && rng.chance(0.5)) {
      const late = rng.chance(0.3);
      const dueAt = addMinutes(ctx.asOf, late ? -rng.between(60, 60 * 20) : rng.between(60, 60 * 48));
      add(ctx, rng, c, c.owner, { title: `Confirm showing times with ${fullName(c)}`, kind: "todo", dueAt, createdAt: minDate(addMinutes(dueAt, -120), addDays(ctx.asOf, -rng.between(0.2, 2))), doneAt: late ? null : undefined });
    }
    let created = c.createdAt;
    for (const a of c.cadence) {
      const seat = seatAt(ctx, c, a.doneAt ?? (a.dueAt.getTime() < ctx.asOf.getTime() ? a.dueAt : ctx.asOf));
      const doneAt = a.row?.occurredAt ?? a.doneAt;
      add(ctx, rng, c, seat, { title: `Follow up with ${fullName(c)} (attempt ${a.attempt} of ${FOLLOW_UP_CADENCE.maxAttempts})`, kind: "follow_up", dueAt: a.dueAt, createdAt: created, doneAt, attempt: a.attempt });
      created = doneAt ?? created;
    }
  }
  for (const t of transactions) {
    if (t.status !== "open") continue;
    const seat = t.client.owner;
    for (const [key, day] of Object.entries(t.dates)) {
      if (key === "acceptance") continue;
      const address = String(t.client.row.propertyAddress ?? "").split(",")[0];
      const dueAt = atLocalTime(day, 17, 0);
      const createdAt = t.client.acceptanceAt ?? ctx.asOf;
      add(ctx, rng, t.client, seat, { title: `${DEADLINE_LABELS[key] ?? key}: ${address}`, kind: "deadline", dueAt, createdAt, ...closeDeadline(ctx, rng, key, dueAt, createdAt) });
    }
  }
}
