import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { markets } from "../schema";

/** The organization's active markets, for pickers and filters. */
export function listMarketOptions(db: Db, organizationId: string) {
  return db
    .select({ id: markets.id, name: markets.name })
    .from(markets)
    .where(and(eq(markets.organizationId, organizationId), eq(markets.active, true)))
    .orderBy(asc(markets.name));
}
