import type { SeatRole } from "../../domain/team/vocabulary";
import { chooseSeat, ownerRoles, remaining, takeSlot } from "./capacity";
import { addMinutes } from "./dates";
import type { Prng } from "./prng";
import { DEFAULT_WEIGHTS as ROUTING_WEIGHTS } from "../../domain/routing/weights";
import { OFFER_TIMEOUT_SECONDS } from "../../domain/settings/defaults";
import type { ClientInfo, SeatInfo, SeedContext } from "./types";

type State = "offered" | "accepted" | "declined" | "timed_out" | "completed";
const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** A routing score with its five factors, as the router would have explained it. */
function scored(ctx: SeedContext, rng: Prng, seat: SeatInfo, c: ClientInfo) {
  const skills = [...seat.skills.values()];
  const breakdown = {
    expertise: r3(skills.reduce((s, v) => s + v, 0) / Math.max(1, skills.length)),
    workload: r3(Math.max(0, Math.min(1, remaining(ctx, seat) / seat.capacity))),
    successRate: r3(rng.between(0.5, 0.95)),
    preferenceFit: c.row.language === "en" || seat.languages.includes(c.row.language ?? "en") ? r3(rng.between(0.8, 1)) : r3(rng.between(0.35, 0.6)),
    commission: r3(Math.min(1, (c.dealPrice ?? c.market.medianPrice) / 1_500_000)),
  };
  const score = r3((Object.keys(ROUTING_WEIGHTS) as (keyof typeof ROUTING_WEIGHTS)[]).reduce((s, k) => s + ROUTING_WEIGHTS[k] * breakdown[k], 0));
  return { score, breakdown };
}

function runnersUp(ctx: SeedContext, rng: Prng, seat: SeatInfo, score: number) {
  return ctx.seats
    .filter((s) => s.role === seat.role && s.id !== seat.id)
    .slice(0, 2)
    .map((s) => ({ seatId: s.id, name: s.name, score: r3(Math.max(0, score - rng.between(0.02, 0.2))) }));
}

function push(ctx: SeedContext, rng: Prng, c: ClientInfo, seat: SeatInfo, o: { teamRole: "lead" | "support"; state: State; offeredAt: Date; endedAt?: Date; fallbackRank?: number; seatRole?: SeatRole }) {
  const { score, breakdown } = scored(ctx, rng, seat, c);
  const timeout = c.row.temperature === "hot" ? OFFER_TIMEOUT_SECONDS.hot : OFFER_TIMEOUT_SECONDS.default;
  const respondedAt = o.state === "offered" ? null : addMinutes(o.offeredAt, o.state === "timed_out" ? timeout / 60 : rng.between(0.2, seat.kind === "ai" ? 0.5 : 9));
  ctx.data.assignments.push({
    organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, requestId: o.teamRole === "lead" ? c.requestId : null, seatId: seat.id,
    teamRole: o.teamRole, seatRole: o.seatRole ?? seat.role, state: o.state, score, scoreBreakdown: breakdown, runnersUp: runnersUp(ctx, rng, seat, score),
    fallbackRank: o.fallbackRank ?? 0, reason: `Best ${seat.role.replace(/_/g, " ")} fit for ${c.market.name}: score ${score.toFixed(2)}, expertise ${breakdown.expertise.toFixed(2)}, open slots ${Math.max(0, remaining(ctx, seat))}/${seat.capacity}`,
    offeredAt: o.offeredAt, expiresAt: addMinutes(o.offeredAt, timeout / 60), respondedAt, endedAt: o.endedAt ?? null,
  });
  return respondedAt ?? o.offeredAt;
}

const ACTIVE = new Set(["Qualifying", "Warm Seller", "Hot Seller", "Listing Appointment", "Listed", "Financially Ready", "Showing Scheduled", "Under Contract"]);
const SUPPORT: Record<string, readonly (readonly [SeatRole, number])[]> = {
  "Listing Appointment": [["market_analyst", 0.5]],
  Listed: [["market_analyst", 0.4], ["marketing", 0.45]],
  "Showing Scheduled": [["market_analyst", 0.15]],
  "Under Contract": [["negotiation_expert", 0.3]],
};

/** Lead and support assignments for every owned client, their history, and a few pending offers. */
export function buildAssignments(ctx: SeedContext): void {
  const rng = ctx.rng("assignments");
  for (const c of ctx.clients) {
    if (!c.owner) continue;
    let at = addMinutes(c.createdAt, rng.between(1, 30));
    const base = { marketId: c.market.id, language: c.row.language ?? "en", active: false };
    let rank = 0;
    if (rng.chance(0.15)) {
      const other = chooseSeat(ctx, rng, { ...base, roles: ownerRoles(c.pipeline, "Qualifying"), exclude: new Set([c.owner.id]) });
      if (other) at = addMinutes(push(ctx, rng, c, other, { teamRole: "lead", state: rng.chance(0.5) ? "declined" : "timed_out", offeredAt: at }), 0.1);
      rank = other ? 1 : 0;
    }
    const active = ACTIVE.has(c.stage);
    if (c.acceptanceAt && c.stage !== "Lost") {
      const specialist = chooseSeat(ctx, rng, { ...base, roles: ownerRoles(c.pipeline, "Qualifying"), exclude: new Set([c.owner.id]) }) ?? c.owner;
      push(ctx, rng, c, specialist, { teamRole: "lead", state: "completed", offeredAt: at, endedAt: c.acceptanceAt, fallbackRank: rank });
      c.handlers.push({ seat: specialist, from: at }, { seat: c.owner, from: c.acceptanceAt });
      push(ctx, rng, c, c.owner, { teamRole: "lead", state: active ? "accepted" : "completed", offeredAt: c.acceptanceAt, endedAt: active ? undefined : c.endAt });
    } else {
      c.handlers.push({ seat: c.owner, from: at });
      push(ctx, rng, c, c.owner, { teamRole: "lead", state: active ? "accepted" : "completed", offeredAt: at, endedAt: active ? undefined : c.endAt, fallbackRank: rank });
    }
    for (const [role, p] of SUPPORT[c.stage] ?? []) {
      if (!active || !rng.chance(p)) continue;
      const helper = chooseSeat(ctx, rng, { ...base, roles: [role], active: true, exclude: new Set([c.owner.id, ...c.supports.map((s) => s.seat.id)]) });
      if (!helper) continue;
      const from = addMinutes(c.handlers[c.handlers.length - 1]!.from, rng.between(60, 60 * 24 * 5));
      const offeredAt = from.getTime() < ctx.asOf.getTime() ? from : addMinutes(ctx.asOf, -30);
      c.supports.push({ seat: helper, from: offeredAt });
      push(ctx, rng, c, helper, { teamRole: "support", state: "accepted", offeredAt });
    }
  }
  buildPendingOffers(ctx, rng);
}

/**
 * Offers still waiting for a human's answer at asOf, on the newest unowned leads that are not hot
 * (a hot lead's offer lasts two minutes). Made in the last three minutes, so they are still
 * waiting after a first start's build.
 */
function buildPendingOffers(ctx: SeedContext, rng: Prng): void {
  const fresh = ctx.clients.filter((c) => !c.owner && c.stage === "New Lead" && !c.optedOut && c.row.temperature !== "hot").sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  let made = 0;
  for (const c of fresh) {
    if (made >= 5) break;
    const role: SeatRole = c.pipeline === "seller" ? "listing_specialist" : "buyer_specialist";
    const humans = ctx.seats.filter((s) => s.kind === "human" && s.role === role && s.presence === "available" && s.marketIds.has(c.market.id) && remaining(ctx, s) > 0);
    if (humans.length === 0) continue;
    const seat = rng.pick(humans);
    const offeredAt = addMinutes(ctx.asOf, -rng.between(20, 180) / 60);
    if (offeredAt.getTime() <= c.createdAt.getTime()) continue;
    takeSlot(ctx, seat);
    push(ctx, rng, c, seat, { teamRole: "lead", state: "offered", offeredAt });
    made++;
  }
}
