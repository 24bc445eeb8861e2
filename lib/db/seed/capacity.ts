import type { SeatRole } from "../../domain/team/vocabulary";
import type { Prng } from "./prng";
import type { SeatInfo, SeedContext } from "./types";

/** Slots each available human seat keeps free so the seed can show a few pending offers. */
export const OFFER_HEADROOM = 2;

/** Open slots of a seat: capacity minus its active (offered or accepted) assignments. */
export function remaining(ctx: SeedContext, seat: SeatInfo): number {
  return seat.capacity - (ctx.load.get(seat.id) ?? 0);
}

/** Counts one more active assignment against the seat. */
export function takeSlot(ctx: SeedContext, seat: SeatInfo): void {
  ctx.load.set(seat.id, (ctx.load.get(seat.id) ?? 0) + 1);
}

export interface SeatQuery {
  roles: readonly SeatRole[];
  marketId: string;
  language: string;
  /** True when the work holds capacity (an active assignment); then full seats are skipped. */
  active: boolean;
  exclude?: ReadonlySet<string>;
}

function free(ctx: SeedContext, seat: SeatInfo): number {
  const headroom = seat.kind === "human" && seat.role !== "overseer" && seat.presence === "available" ? OFFER_HEADROOM : 0;
  return remaining(ctx, seat) - headroom;
}

/**
 * Picks a seat of the first role group that has one with room, favouring seats with more free
 * slots, the client's language and people who are at work.
 */
export function chooseSeat(ctx: SeedContext, rng: Prng, query: SeatQuery): SeatInfo | null {
  for (const role of query.roles) {
    const candidates = ctx.seats.filter(
      (s) => s.role === role && s.marketIds.has(query.marketId) && !query.exclude?.has(s.id) && (!query.active || free(ctx, s) > 0),
    );
    if (candidates.length === 0) continue;
    const weights = candidates.map((s) => {
      const room = query.active ? free(ctx, s) : s.capacity;
      const language = query.language !== "en" && s.languages.includes(query.language) ? 4 : 1;
      const present = s.presence === "available" ? 1 : 0.25;
      return [s, room * language * present] as const;
    });
    const seat = rng.weighted(weights);
    if (query.active) takeSlot(ctx, seat);
    return seat;
  }
  return null;
}

/** The roles that may own a client at a stage, best fit first. */
export function ownerRoles(pipeline: string, stage: string): SeatRole[] {
  if (stage === "Under Contract" || stage === "Closed") return ["transaction_coordinator", "negotiation_expert"];
  return pipeline === "seller" ? ["listing_specialist", "geographic"] : ["buyer_specialist", "geographic"];
}
