import type { SeedContext } from "./types";

/**
 * The state history of every seeded assignment, as the services record it: offered, then the
 * answer (accepted, declined or timed out) when there was one, then completed when it ended.
 */
export function buildAssignmentEvents(ctx: SeedContext): void {
  const rng = ctx.rng("assignment-events");
  for (const a of ctx.data.assignments) {
    const base = { organizationId: ctx.orgId, assignmentId: a.id!, clientId: a.clientId, seatId: a.seatId };
    ctx.data.assignmentEvents.push({ ...base, id: rng.uuid(), state: "offered", reason: a.reason ?? null, at: a.offeredAt! });
    if (a.respondedAt && a.state !== "offered") {
      const answered = a.state === "completed" || a.state === "rescinded" ? "accepted" : a.state!;
      ctx.data.assignmentEvents.push({ ...base, id: rng.uuid(), state: answered, reason: answered === "timed_out" ? "No answer within the offer's timeout" : null, at: a.respondedAt });
    }
    if (a.endedAt && (a.state === "completed" || a.state === "rescinded")) {
      ctx.data.assignmentEvents.push({ ...base, id: rng.uuid(), state: a.state, reason: null, at: a.endedAt });
    }
  }
}
