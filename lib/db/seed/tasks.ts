import { addDays, addMinutes, atLocalTime, localDate, shiftDay } from "./dates";
import { seatAt } from "./interactions";
import type { Prng } from "./prng";
import { FOLLOW_UP_CADENCE, FOLLOW_UP_STAGES as FOLLOW_UP_STAGE_LIST } from "../../domain/settings/defaults";
import { DEADLINE_LABELS, type SeedTransaction } from "./transactions";
import type { ClientInfo, SeatInfo, SeedContext } from "./types";

type Kind = "todo" | "call" | "follow_up" | "deadline" | "document";
const FOLLOW_UP_STAGES = new Set(FOLLOW_UP_STAGE_LIST);

function fullName(c: ClientInfo): string {
  return `${c.row.firstName} ${c.row.lastName ?? ""}`.trim();
}

function add(ctx: SeedContext, rng: Prng, c: ClientInfo, seat: SeatInfo | null, t: { title: string; kind: Kind; dueAt: Date; createdAt: Date; attempt?: number }) {
  const overdueOpen = t.kind === "follow_up" && rng.chance(0.08);
  const done = t.dueAt.getTime() < ctx.asOf.getTime() && !overdueOpen;
  const completedAt = done ? addMinutes(t.dueAt, -rng.between(0, 180)) : null;
  ctx.data.tasks.push({
    organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, seatId: seat?.id ?? null, title: t.title, kind: t.kind, dueAt: t.dueAt,
    status: done ? "done" : "open", completedAt: completedAt && completedAt.getTime() < t.createdAt.getTime() ? t.createdAt : completedAt,
    attempt: t.attempt ?? null, createdAt: t.createdAt,
  });
}

/** Call tasks for hot sellers, the follow-up cadence, contract deadlines and appointment prep. */
export function buildTasks(ctx: SeedContext, transactions: readonly SeedTransaction[]): void {
  const rng = ctx.rng("tasks");
  const [startHour, endHour] = [Number(FOLLOW_UP_CADENCE.windowStart.slice(0, 2)), Number(FOLLOW_UP_CADENCE.windowEnd.slice(0, 2))];
  for (const c of ctx.clients) {
    if (c.stage === "Hot Seller" && c.owner) {
      add(ctx, rng, c, c.owner, { title: `Call ${fullName(c)}: hot seller, 30-45 day timeline confirmed`, kind: "call", dueAt: addMinutes(ctx.asOf, rng.between(5, 115)), createdAt: addMinutes(ctx.asOf, -rng.between(2, 60)) });
    }
    if (c.stage === "Listing Appointment" && c.owner) {
      const day = shiftDay(localDate(ctx.asOf), rng.int(1, 3));
      add(ctx, rng, c, c.owner, { title: `Prepare pricing analysis for ${fullName(c)}`, kind: "document", dueAt: atLocalTime(day, 10, 0), createdAt: addDays(ctx.asOf, -rng.between(0.5, 3)) });
    }
    if (c.stage === "Showing Scheduled" && c.owner && rng.chance(0.5)) {
      add(ctx, rng, c, c.owner, { title: `Confirm showing times with ${fullName(c)}`, kind: "todo", dueAt: addMinutes(ctx.asOf, rng.between(60, 60 * 48)), createdAt: addDays(ctx.asOf, -rng.between(0.2, 2)) });
    }
    if (!FOLLOW_UP_STAGES.has(c.stage) || c.optedOut) continue;
    const firstDay = localDate(c.createdAt);
    for (let k = 0; k < FOLLOW_UP_CADENCE.maxAttempts; k++) {
      const day = shiftDay(firstDay, FOLLOW_UP_CADENCE.days[k] ?? FOLLOW_UP_CADENCE.days[FOLLOW_UP_CADENCE.days.length - 1]! + FOLLOW_UP_CADENCE.thenEveryDays * (k - FOLLOW_UP_CADENCE.days.length + 1));
      const dueAt = atLocalTime(day, rng.int(startHour, endHour - 1), rng.int(0, 11) * 5);
      const seat = seatAt(ctx, c, dueAt.getTime() < ctx.asOf.getTime() ? dueAt : ctx.asOf);
      add(ctx, rng, c, seat, { title: `Follow up with ${fullName(c)} (attempt ${k + 1} of ${FOLLOW_UP_CADENCE.maxAttempts})`, kind: "follow_up", dueAt, createdAt: c.createdAt, attempt: k + 1 });
      if (dueAt.getTime() >= ctx.asOf.getTime()) break;
    }
  }
  for (const t of transactions) {
    if (t.status !== "open") continue;
    const seat = t.client.owner;
    for (const [key, day] of Object.entries(t.dates)) {
      if (key === "acceptance") continue;
      const address = String(t.client.row.propertyAddress ?? "").split(",")[0];
      add(ctx, rng, t.client, seat, { title: `${DEADLINE_LABELS[key] ?? key}: ${address}`, kind: "deadline", dueAt: atLocalTime(day, 17, 0), createdAt: t.client.acceptanceAt ?? ctx.asOf });
    }
  }
}
