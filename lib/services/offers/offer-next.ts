import { and, eq, inArray } from "drizzle-orm";
import { chainNeedsAlternatives, nextInChain, type ChainInput, type ChainStep } from "@/lib/domain/assignment/fallback-chain";
import { exhaustedSummary, explainSkip, fallbackReason } from "@/lib/domain/assignment/fallback-words";
import { offerTimeoutSeconds } from "@/lib/domain/assignment/offer-timeout";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { assignments } from "@/lib/db/schema";
import { openEscalation } from "../escalations/open-escalation";
import type { RoutingSettings } from "../intake/routing-settings";
import { endAssignment, startAssignment } from "./assignment-log";
import { loadChainContext, type AssignmentRow, type ChainContext } from "./chain-context";
import { liveAlternatives } from "./live-alternatives";

/** What a decline adds to the fallback: the teammate named, who declined and why. */
export interface NextOptions {
  named?: string | null;
  declinedBy?: string | null;
  declineReason?: string | null;
  actorUserId?: string | null;
}

/** The next step of a place's chain, decided but not yet written. */
export interface NextPlan {
  step: ChainStep;
  ctx: ChainContext;
}

/** Where the place went, and what became of the teammate the decliner named. */
export interface NextOutcome {
  offeredTo: string | null;
  offeredToName: string | null;
  exhausted: boolean;
  named: { seatId: string; name: string | null; taken: boolean; reason: string | null } | null;
}

/**
 * Decides, without writing, where a declined or timed-out place goes next: the teammate named,
 * the stored runners-up, then (only when those are used up) the best eligible seats now, then
 * Jorge for a lead place. Runs under the caller's routing lock.
 */
export async function planNext(tx: Tx, prior: AssignmentRow, settings: RoutingSettings, now: Date, named?: string | null): Promise<NextPlan> {
  const ctx = await loadChainContext(tx, prior);
  const input: ChainInput = {
    runnersUp: (prior.runnersUp as { seatId: string; score: number }[] | null) ?? [], tried: ctx.tried, seats: ctx.seats, overseerSeatId: ctx.overseerSeatId,
    teamRole: ctx.place.teamRole, place: ctx.place, named: named ?? null, onTeam: ctx.onTeam, supporting: ctx.supporting,
  };
  let step = nextInChain(input);
  if (chainNeedsAlternatives(step)) {
    const alternatives = await liveAlternatives(tx, prior, ctx, settings, now);
    if (alternatives.length) step = nextInChain({ ...input, alternatives });
  }
  return { step, ctx };
}

function namedOutcome(plan: NextPlan, named: string | null | undefined): NextOutcome["named"] {
  if (!named) return null;
  const name = plan.ctx.seats.get(named)?.name ?? null;
  if ("seatId" in plan.step && plan.step.via === "named") return { seatId: named, name, taken: true, reason: null };
  const skip = plan.step.skipped.find((s) => s.named);
  return { seatId: named, name, taken: false, reason: skip?.reason ?? null };
}

/**
 * Writes a planned step: the offer to the next seat (an AI seat accepts at once; a human seat
 * gets its own timeout), moving a supporting seat up when it takes the lead place, or, when a
 * lead place's chain is exhausted, a critical escalation to Jorge that says who was asked.
 */
export async function applyNext(tx: Tx, prior: AssignmentRow, plan: NextPlan, settings: RoutingSettings, now: Date, options: NextOptions = {}): Promise<NextOutcome> {
  const { step, ctx } = plan;
  const org = prior.organizationId;
  const named = namedOutcome(plan, options.named);
  const nameOf = (id: string) => ctx.seats.get(id)?.name ?? "A seat no longer on the team";
  if ("exhausted" in step) {
    if (prior.teamRole === "lead") {
      const summary = exhaustedSummary(ctx.client.firstName, ctx.tried.size, step.skipped.map((s) => ({ ...s, name: nameOf(s.seatId) })));
      await openEscalation(tx, { organizationId: org, clientId: prior.clientId, trigger: "fallback_exhausted", severity: "critical", summary, evidence: { skipped: step.skipped, asked: [...ctx.tried] } }, settings.escalationSla, now);
    }
    return { offeredTo: null, offeredToName: null, exhausted: true, named };
  }
  const seat = ctx.seats.get(step.seatId)!;
  if (step.promotes) {
    const [support] = await tx.select().from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.clientId, prior.clientId), eq(assignments.seatId, seat.id), eq(assignments.teamRole, "support"), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
    if (support) await endAssignment(tx, support, now, { actorUserId: options.actorUserId, reason: `${seat.name} moves up to lead the client` });
  }
  const ai = seat.kind === "ai";
  const expiresAt = ai ? null : new Date(now.getTime() + offerTimeoutSeconds(settings.offerTimeoutSeconds, { hot: ctx.client.temperature === "hot", seatRole: seat.role }) * 1000);
  const namedSkip = named && !named.taken && named.reason ? explainSkip(named.name ?? "The teammate named", named.reason) : null;
  const reason = fallbackReason({ via: step.via, promotes: step.promotes, after: prior.state === "declined" ? "decline" : "timeout", decliner: options.declinedBy, declineReason: options.declineReason, namedSkip });
  const [row] = await tx
    .insert(assignments)
    .values({
      organizationId: org, clientId: prior.clientId, requestId: prior.requestId, seatId: seat.id, teamRole: prior.teamRole, seatRole: prior.teamRole === "lead" ? seat.role : prior.seatRole,
      state: ai ? "accepted" : "offered", offeredAt: now, respondedAt: ai ? now : null, expiresAt, score: null, scoreBreakdown: { fallbackFrom: prior.id, via: step.via, skipped: step.skipped },
      runnersUp: prior.runnersUp, fallbackRank: prior.fallbackRank + 1, reason,
    })
    .returning();
  await startAssignment(tx, row!, now, { reason });
  return { offeredTo: seat.id, offeredToName: seat.name, exhausted: false, named };
}

/**
 * After a decline or a timeout, offers the place to the next seat of its fallback chain (see
 * planNext and applyNext). Runs under the caller's routing lock.
 */
export async function offerNext(tx: Tx, prior: AssignmentRow, settings: RoutingSettings, now: Date, options: NextOptions = {}): Promise<NextOutcome> {
  return applyNext(tx, prior, await planNext(tx, prior, settings, now, options.named), settings, now, options);
}
