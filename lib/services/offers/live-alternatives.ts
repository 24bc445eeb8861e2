import { and, eq } from "drizzle-orm";
import { rankAlternatives } from "@/lib/domain/routing";
import type { SeatRole, TeamRole } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { loadMarketRefs, loadSeatCandidates } from "@/lib/db/queries/routing-candidates";
import { clients } from "@/lib/db/schema";
import { routingRequestFor } from "../intake/routing-request";
import { priorityOptionsOf, type RoutingSettings } from "../intake/routing-settings";
import type { AssignmentRow, ChainContext } from "./chain-context";

/**
 * The best eligible seats for the place now, best first, scored like the team was formed:
 * the fallback chain asks them once its stored runners-up are used up. Seats the chain already
 * asked, and seats on the team that cannot move up to this place, are left out.
 */
export async function liveAlternatives(tx: Tx, place: AssignmentRow, ctx: ChainContext, settings: RoutingSettings, now: Date): Promise<{ seatId: string; score: number }[]> {
  const org = place.organizationId;
  const [client] = await tx.select().from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, place.clientId)));
  if (!client) return [];
  const [candidates, markets] = await Promise.all([loadSeatCandidates(tx, org, now), loadMarketRefs(tx, org)]);
  const lead = place.teamRole === "lead";
  const exclude = new Set([...ctx.tried, ...[...ctx.onTeam].filter((id) => !(lead && ctx.supporting.has(id)))]);
  const forPlace = { role: place.seatRole as SeatRole, teamRole: place.teamRole as TeamRole };
  return rankAlternatives(routingRequestFor(client), candidates, forPlace, settings.weights, { markets, exclude, priority: priorityOptionsOf(settings) });
}
