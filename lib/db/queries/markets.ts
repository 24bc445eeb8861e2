import { and, asc, eq, ne } from "drizzle-orm";
import type { PlacedMarket } from "../../domain/routing/market-resolution";
import type { MarketType } from "../../domain/team/vocabulary";
import type { Db, Tx } from "../client";
import { markets } from "../schema";

/** The organization's active markets, for pickers and filters. */
export function listMarketOptions(db: Db, organizationId: string) {
  return db
    .select({ id: markets.id, name: markets.name })
    .from(markets)
    .where(and(eq(markets.organizationId, organizationId), eq(markets.active, true)))
    .orderBy(asc(markets.name));
}

/** The active markets with their ZIP codes and the place names clients use, for finding a client's market. */
export async function loadPlacedMarkets(db: Db | Tx, organizationId: string): Promise<PlacedMarket[]> {
  const rows = await db
    .select({ id: markets.id, name: markets.name, type: markets.type, zipCodes: markets.zipCodes, medianPrice: markets.medianPrice, aliases: markets.aliases })
    .from(markets)
    .where(and(eq(markets.organizationId, organizationId), eq(markets.active, true)))
    .orderBy(asc(markets.name));
  return rows.map((m) => ({ ...m, type: m.type as MarketType }));
}

/** Replaces one market's aliases; the market's id and name, or null when the organization has no such market. */
export async function setMarketAliases(db: Db | Tx, organizationId: string, marketId: string, aliases: readonly string[]): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .update(markets)
    .set({ aliases: [...aliases] })
    .where(and(eq(markets.organizationId, organizationId), eq(markets.id, marketId)))
    .returning({ id: markets.id, name: markets.name });
  return row ?? null;
}

/** The other active markets' names and aliases, to keep a place name from pointing to two markets. */
export function listOtherMarketNames(db: Db | Tx, organizationId: string, exceptMarketId: string) {
  return db
    .select({ name: markets.name, aliases: markets.aliases })
    .from(markets)
    .where(and(eq(markets.organizationId, organizationId), eq(markets.active, true), ne(markets.id, exceptMarketId)));
}
