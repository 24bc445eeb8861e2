import { createHash } from "node:crypto";
import { planRebalance, type RebalancePlan } from "@/lib/domain/rebalance/rebalance-plan";
import { scoreLeadCandidates, type SeatCandidate } from "@/lib/domain/routing";
import { can } from "@/lib/domain/auth/permissions";
import { satisfactionSignal } from "@/lib/domain/satisfaction/satisfaction-signal";
import type { SeatRole } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { loadMarketRefs, loadSeatCandidates } from "@/lib/db/queries/routing-candidates";
import { evidenceByClient } from "@/lib/db/queries/satisfaction-evidence";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { routingRequestFor } from "../intake/routing-request";
import { loadRoutingSettings } from "../intake/routing-settings";
import { fail, ok, type Result } from "../result";
import { loadMovableClients, type HeldClient, type MovableClients } from "./movable-clients";

/** A seat must have served a client this long before the client's satisfaction counts as about that seat. */
const RELATIONSHIP_DAYS = 14;
/** A move must raise the client's score by this much to be worth a new voice for the client. */
export const MOVE_THRESHOLD = 0.05;

export interface RebalancePreview {
  plan: RebalancePlan;
  /** Fingerprint of the moves; applying checks nothing changed since the preview. */
  planId: string;
  seats: Pick<SeatCandidate, "id" | "role" | "kind" | "capacity" | "activeLoad">[];
  movable: HeldClient[];
  staying: MovableClients["staying"];
}

const relationshipOf = (seatId: string, score: number | null) => (score === null ? null : { seatId, satisfaction: score });

/**
 * The optimal placement of the movable lead clients (under the routing lock when in a
 * transaction). A client's lead never moves onto a seat that already supports it: that seat
 * would hold the client twice.
 */
export async function computePreview(db: Db | Tx, organizationId: string, now: Date): Promise<RebalancePreview> {
  const settings = await loadRoutingSettings(db, organizationId);
  const [seats, markets, evidence, held] = await Promise.all([
    loadSeatCandidates(db, organizationId, now),
    loadMarketRefs(db, organizationId),
    evidenceByClient(db, organizationId, new Date(now.getTime() - 90 * 86_400_000)),
    loadMovableClients(db, organizationId, settings.personalHandling, now),
  ]);
  const satisfaction = (clientId: string) => {
    const found = evidence.get(clientId);
    return found ? satisfactionSignal(found).score : null;
  };
  const rows = held.movable;
  const movableBySeat = rows.reduce((m, r) => m.set(r.seatId, (m.get(r.seatId) ?? 0) + 1), new Map<string, number>());
  // Scores see only the load that cannot move; the optimizer places the rest. Scoring against
  // today's full load would make every applied plan suggest the next one.
  const scoringSeats = seats.map((s) => ({ ...s, activeLoad: s.activeLoad - (movableBySeat.get(s.id) ?? 0) }));
  const plan = planRebalance({
    moveThreshold: MOVE_THRESHOLD,
    seats: seats.map((s) => ({ id: s.id, capacity: s.capacity, currentLoad: s.activeLoad - (movableBySeat.get(s.id) ?? 0) })),
    clients: rows.map((r) => ({
      id: r.client.id,
      currentSeat: r.seatId,
      candidates: scoreLeadCandidates(
        routingRequestFor(r.client, { relationship: r.since && r.since.getTime() <= now.getTime() - RELATIONSHIP_DAYS * 86_400_000 ? relationshipOf(r.seatId, satisfaction(r.client.id)) : null }),
        r.seatRole as SeatRole, scoringSeats, settings.weights, markets,
      ).filter((c) => !r.supportSeats.includes(c.seat)),
    })),
  });
  const planId = createHash("sha256").update(JSON.stringify(plan.moves.map((m) => [m.client, m.from, m.to]))).digest("hex").slice(0, 16);
  return { plan, planId, seats: seats.map(({ id, role, kind, capacity, activeLoad }) => ({ id, role, kind, capacity, activeLoad })), movable: rows, staying: held.staying };
}

/** The rebalance preview for the overseer: moves, score gained, load before and after, and who stays and why. */
export async function previewRebalance(db: Db, viewer: ViewerRecord, now = new Date()): Promise<Result<RebalancePreview>> {
  if (!can(viewer.permissions, "team.manage")) return fail(403, "Only the overseer can rebalance the team.");
  return ok(await computePreview(db, viewer.organizationId, now));
}
