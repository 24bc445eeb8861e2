import { and, eq } from "drizzle-orm";
import { scoreLeadCandidates } from "@/lib/domain/routing/score-candidates";
import type { SeatRole } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { findOverseerSeatId, loadMarketRefs, loadSeatCandidates } from "@/lib/db/queries/routing-candidates";
import { seats } from "@/lib/db/schema";
import { routingRequestFor } from "../intake/routing-request";
import { loadRoutingSettings } from "../intake/routing-settings";
import type { ClientRow } from "./reply-facts";

/** The person who takes a hot lead: their seat, name, and why this seat. */
export interface HotLeadSeat {
  id: string;
  name: string;
  firstName: string;
  why: string;
}

const ROLE_FOR: Record<string, SeatRole> = { seller: "listing_specialist", buyer: "buyer_specialist" };

/**
 * The best person for a hot lead, by the coordinator's own scores: a human seat of the client's
 * specialist role (listing for a seller, buyer for a buyer), available, with room, that the
 * constraints allow (market, language, opt-out); nobody such, Jorge's overseer seat. Null only
 * when the team has neither. Read under the routing lock, so the load is current.
 */
export async function chooseHotLeadSeat(tx: Tx, client: ClientRow, now: Date): Promise<HotLeadSeat | null> {
  const org = client.organizationId;
  const [candidates, markets, settings] = await Promise.all([loadSeatCandidates(tx, org, now), loadMarketRefs(tx, org), loadRoutingSettings(tx, org)]);
  const role = ROLE_FOR[client.pipeline] ?? "listing_specialist";
  const ranked = scoreLeadCandidates(routingRequestFor(client, { languageKnown: true }), role, candidates, settings.weights, markets);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const best = ranked.map((r) => ({ ...r, seat: byId.get(r.seat)! })).find(({ seat }) => seat.kind === "human" && seat.presence === "available" && seat.activeLoad < seat.capacity);
  const chosenId = best?.seat.id ?? (await findOverseerSeatId(tx, org));
  if (!chosenId) return null;
  const [row] = await tx.select({ id: seats.id, name: seats.name }).from(seats).where(and(eq(seats.organizationId, org), eq(seats.id, chosenId)));
  if (!row) return null;
  const why = best ? `the best available ${role.replace("_", " ")} with room (score ${best.score.toFixed(2)})` : `no ${role.replace("_", " ")} was available with room, so Jorge takes the call`;
  return { id: row.id, name: row.name, firstName: row.name.trim().split(/\s+/)[0]!, why };
}
