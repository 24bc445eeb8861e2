import type { SeatRole } from "../../domain/team/vocabulary";
import { atLocalTime, localDate, minDate, monthStart } from "./dates";
import type { SeedContext } from "./types";

/** Share of handled clients that convert, by role: closings for coordinators, signed clients for specialists. */
const CONVERSION: Record<SeatRole, readonly [number, number]> = {
  overseer: [0.2, 0.4],
  listing_specialist: [0.08, 0.2],
  buyer_specialist: [0.07, 0.18],
  market_analyst: [0, 0.05],
  negotiation_expert: [0.3, 0.6],
  transaction_coordinator: [0.5, 0.9],
  geographic: [0.05, 0.15],
  administrative: [0, 0.02],
  follow_up: [0.02, 0.08],
  marketing: [0, 0.05],
  analytics: [0, 0.01],
};
const EARNS: ReadonlySet<SeatRole> = new Set(["overseer", "listing_specialist", "buyer_specialist", "geographic"]);

/** Twelve monthly result snapshots per seat, the history the success-rate factor reads. */
export function buildPerformance(ctx: SeedContext): void {
  const rng = ctx.rng("performance");
  const today = localDate(ctx.asOf);
  for (const seat of ctx.seats) {
    const skill = rng.between(-0.05, 0.05);
    for (let back = 1; back <= 12; back++) {
      const periodStart = monthStart(today, back);
      const [lo, hi] = CONVERSION[seat.role];
      const clientsHandled = Math.max(0, Math.round(seat.capacity * rng.between(0.25, 0.7)));
      const conversions = Math.min(clientsHandled, Math.round(clientsHandled * rng.between(lo, hi)));
      const commission = EARNS.has(seat.role) ? Math.round(conversions * rng.between(650_000, 950_000) * 0.06) : 0;
      ctx.data.performanceSnapshots.push({
        organizationId: ctx.orgId, id: rng.uuid(), seatId: seat.id, period: "month", periodStart, clientsHandled, conversions,
        avgResponseSeconds: seat.kind === "ai" ? rng.int(4, 45) : rng.int(120, 2400),
        satisfaction: Math.round(Math.min(0.99, Math.max(0.5, rng.between(0.74, 0.96) + skill)) * 100) / 100, commission,
        createdAt: minDate(atLocalTime(monthStart(today, back - 1), 2, 0), ctx.asOf),
      });
    }
  }
}
