import { and, asc, eq, inArray } from "drizzle-orm";
import { buildDossier, type Dossier, type DossierInput } from "../../domain/handoff/dossier";
import type { Db, Tx } from "../client";
import { clients, interactions, markets, seats, tasks, transactions } from "../schema";

/**
 * Reads everything a receiving seat must know about a client and builds the typed dossier:
 * profile, qualification, money, timeline, consent, last touch, open promises, transactions
 * and the full interaction history. Throws when the client is not in the organization.
 */
export async function loadDossier(db: Db | Tx, organizationId: string, clientId: string, now: Date): Promise<Dossier> {
  const [row] = await db
    .select({ client: clients, marketName: markets.name })
    .from(clients)
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  if (!row) throw new Error(`No client ${clientId} in this organization`);
  const [history, openTasks, deals] = await Promise.all([
    db.select({ seatId: interactions.seatId, channel: interactions.channel, direction: interactions.direction, body: interactions.body, occurredAt: interactions.occurredAt })
      .from(interactions).where(and(eq(interactions.organizationId, organizationId), eq(interactions.clientId, clientId))).orderBy(asc(interactions.occurredAt)),
    db.select({ title: tasks.title, dueAt: tasks.dueAt, seatId: tasks.seatId })
      .from(tasks).where(and(eq(tasks.organizationId, organizationId), eq(tasks.clientId, clientId), eq(tasks.status, "open"))).orderBy(asc(tasks.dueAt)),
    db.select().from(transactions).where(and(eq(transactions.organizationId, organizationId), eq(transactions.clientId, clientId))),
  ]);
  const seatIds = [...new Set([...history.map((h) => h.seatId), ...openTasks.map((t) => t.seatId)].filter((s): s is string => s !== null))];
  const names = seatIds.length ? await db.select({ id: seats.id, name: seats.name }).from(seats).where(and(eq(seats.organizationId, organizationId), inArray(seats.id, seatIds))) : [];
  const c = row.client;
  const input: DossierInput = {
    client: { ...c, qualification: (c.qualification ?? {}) as Record<string, unknown> } as DossierInput["client"],
    marketName: row.marketName,
    seatNames: new Map(names.map((n) => [n.id, n.name])),
    interactions: history as DossierInput["interactions"],
    openTasks,
    transactions: deals.map((d) => ({ ...d, contractDates: (d.contractDates ?? {}) as Record<string, string> })) as DossierInput["transactions"],
  };
  return buildDossier(input, now);
}
