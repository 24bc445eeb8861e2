import { addDays, addMinutes, maxDate, minDate } from "./dates";
import type { Prng } from "./prng";
import type { ClientInfo, SeedContext } from "./types";

/**
 * How long ago a client now in this stage entered it, in days. Stages that end in an appointment
 * are recent (a listing appointment is this week), the others anywhere in the client's life.
 */
const CURRENT_STAGE_DAYS: Record<string, readonly [number, number]> = {
  "Hot Seller": [0.5, 20], "Listing Appointment": [0.2, 4], "Showing Scheduled": [1, 10], Listed: [7, 60],
};
/** Share of current hot sellers who turned hot within the last two hours: their call is still due. */
const JUST_HOT = 0.12;

/**
 * When the client entered each stage of their path: the first at arrival, contract stages at the
 * offer's acceptance, Closed and Lost at the end, the rest spread in between.
 */
export function buildMilestones(ctx: SeedContext): void {
  const rng = ctx.rng("milestones");
  for (const c of ctx.clients) c.stageAt = stageTimes(rng, c, ctx.asOf);
}

function stageTimes(rng: Prng, c: ClientInfo, asOf: Date): Record<string, Date> {
  const out: Record<string, Date> = { [c.path[0]!]: c.createdAt };
  const before = c.path.filter((s, i) => i > 0 && s !== "Under Contract" && s !== "Closed" && s !== "Lost");
  const active = c.stage === c.path[c.path.length - 1] && c.stage !== "Closed" && c.stage !== "Lost" && c.stage !== "Under Contract";
  let end = c.acceptanceAt ?? (c.stage === "Lost" ? c.endAt : asOf);
  if (active && before.length > 0) {
    const range = CURRENT_STAGE_DAYS[c.stage];
    const life = (asOf.getTime() - c.createdAt.getTime()) / 86_400_000;
    const [lo, hi] = range ?? [life * 0.2, life * 0.6];
    const days = c.stage === "Hot Seller" && rng.chance(JUST_HOT) ? rng.between(0.01, 0.08) : rng.between(lo, hi);
    const entered = maxDate(addDays(asOf, -Math.min(days, life * 0.8)), addMinutes(c.createdAt, 90));
    out[c.stage] = entered;
    end = entered;
    before.pop();
  }
  const span = Math.max(0, end.getTime() - c.createdAt.getTime());
  before.forEach((stage, i) => {
    const share = (i + 1 + rng.between(-0.25, 0.25)) / (before.length + 1);
    const at = minDate(new Date(c.createdAt.getTime() + span * share), addMinutes(end, -(before.length - i) * 60));
    out[stage] = maxDate(at, addMinutes(c.createdAt, (i + 1) * 10));
  });
  if (c.acceptanceAt) out["Under Contract"] = c.acceptanceAt;
  if (c.stage === "Closed" || c.stage === "Lost") out[c.stage] = c.endAt;
  return out;
}
