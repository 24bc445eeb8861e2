import { offerTimeoutSeconds } from "@/lib/domain/assignment/offer-timeout";
import type { Choice, SeatCandidate, TeamPlan } from "@/lib/domain/routing";
import type { Tx } from "@/lib/db/client";
import { assignments } from "@/lib/db/schema";
import { openEscalation } from "../escalations/open-escalation";
import { startAssignment } from "../offers/assignment-log";
import type { RoutingSettings } from "./routing-settings";

interface Context {
  organizationId: string;
  clientId: string;
  requestId: string;
  now: Date;
  hot: boolean;
  seats: Map<string, SeatCandidate>;
  settings: RoutingSettings;
}

/** AI seats accept at once; a human seat is offered the place and has until the timeout to answer. */
function assignmentRow(ctx: Context, choice: Choice, rank: number) {
  const ai = ctx.seats.get(choice.seatId)?.kind === "ai";
  const timeout = offerTimeoutSeconds(ctx.settings.offerTimeoutSeconds, { hot: ctx.hot, seatRole: choice.role });
  return {
    organizationId: ctx.organizationId,
    clientId: ctx.clientId,
    requestId: ctx.requestId,
    seatId: choice.seatId,
    teamRole: choice.teamRole,
    seatRole: choice.role,
    state: ai ? "accepted" : "offered",
    respondedAt: ai ? ctx.now : null,
    offeredAt: ctx.now,
    expiresAt: ai ? null : new Date(ctx.now.getTime() + timeout * 1000),
    score: Math.min(1, Math.max(0, choice.score)),
    scoreBreakdown: { factors: choice.breakdown, contributions: choice.contributions, explanations: choice.explanations, excluded: choice.excluded, exclusionCounts: choice.exclusionCounts, note: choice.note },
    runnersUp: choice.runnersUp,
    fallbackRank: rank,
    reason: choice.note,
  };
}

/**
 * Stores a team plan: one assignment per place with its score breakdown and runners-up, the lead
 * as the client's owner once accepted, and an escalation to Jorge when nobody could lead or when
 * he should have taken the client himself but could not. Returns the status for the request.
 */
export async function writeTeam(tx: Tx, ctx: Context, plan: TeamPlan): Promise<"routed" | "escalated"> {
  const places = [plan.lead, ...plan.supports].filter((c): c is Choice => c !== null);
  const rows = places.length ? await tx.insert(assignments).values(places.map((choice) => assignmentRow(ctx, choice, 0))).returning() : [];
  for (const row of rows) await startAssignment(tx, row, ctx.now, { reason: row.reason });
  const tier = plan.priority.tier;
  if (plan.escalate) {
    await openEscalation(tx, { organizationId: ctx.organizationId, clientId: ctx.clientId, trigger: "no_eligible_seat", severity: tier === "low" ? "medium" : tier, summary: plan.escalate.reason, evidence: { needs: plan.needs.reasons, priority: plan.priority.reasons } }, ctx.settings.escalationSla, ctx.now);
    return "escalated";
  }
  if (plan.personalNotice) {
    await openEscalation(tx, { organizationId: ctx.organizationId, clientId: ctx.clientId, trigger: "high_commission", severity: "medium", summary: plan.personalNotice, evidence: { commission: plan.priority.commission, reasons: plan.priority.reasons } }, ctx.settings.escalationSla, ctx.now);
  }
  return "routed";
}
