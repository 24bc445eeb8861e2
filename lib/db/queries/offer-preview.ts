import { and, asc, eq } from "drizzle-orm";
import { priceBand, type PriceBand } from "../../domain/assignment/price-band";
import { FACTORS, type Factor } from "../../domain/routing/weights";
import type { Db } from "../client";
import { assignments, clients, markets } from "../schema";

/**
 * What a seat holding a pending offer sees of the client before it accepts, as lead-routing
 * products show an offer: who, what they need, where, the price band, the language and why this
 * seat. No contact details, exact money, timeline, dossier or messages.
 */
export interface OfferPreview {
  assignmentId: string;
  clientId: string;
  name: string;
  need: { clientType: string; pipeline: string; teamRole: string; seatRole: string };
  marketName: string | null;
  priceBand: PriceBand | null;
  language: string;
  why: { reason: string | null; factors: { factor: Factor; explanation: string }[] };
  expiresAt: Date | null;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The stored routing explanation in words: the assignment's reason and the factor explanations
 * the coordinator wrote. The commission line is left out: it names the money at stake, from which
 * the exact budget the preview withholds could be worked back.
 */
function storedWhy(reason: string | null, breakdown: unknown): OfferPreview["why"] {
  const b = isRecord(breakdown) ? breakdown : {};
  const explanations = isRecord(b.explanations) ? b.explanations : {};
  const factors = FACTORS.filter((f) => f !== "commission").flatMap((factor) => {
    const text = explanations[factor];
    return typeof text === "string" && text.trim() ? [{ factor, explanation: text }] : [];
  });
  const note = typeof b.note === "string" && b.note.trim() ? b.note : null;
  return { reason: reason ?? note, factors };
}

/** The preview of the seat's pending offer on a client, or null when the seat holds no such offer. */
export async function getOfferPreview(db: Db, organizationId: string, seatId: string, clientId: string): Promise<OfferPreview | null> {
  const [row] = await db
    .select({
      assignmentId: assignments.id, teamRole: assignments.teamRole, seatRole: assignments.seatRole, reason: assignments.reason, scoreBreakdown: assignments.scoreBreakdown, expiresAt: assignments.expiresAt,
      clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, clientType: clients.type, pipeline: clients.pipeline, language: clients.language,
      budgetMin: clients.budgetMin, budgetMax: clients.budgetMax, priceExpectation: clients.priceExpectation, marketName: markets.name,
    })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId), eq(assignments.seatId, seatId), eq(assignments.state, "offered")))
    .orderBy(asc(assignments.offeredAt))
    .limit(1);
  if (!row) return null;
  return {
    assignmentId: row.assignmentId,
    clientId: row.clientId,
    name: `${row.firstName} ${row.lastName}`.trim(),
    need: { clientType: row.clientType, pipeline: row.pipeline, teamRole: row.teamRole, seatRole: row.seatRole },
    marketName: row.marketName,
    priceBand: priceBand(row),
    language: row.language,
    why: storedWhy(row.reason, row.scoreBreakdown),
    expiresAt: row.expiresAt,
  };
}
