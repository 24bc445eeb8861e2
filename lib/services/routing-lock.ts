import { sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";

/**
 * Serializes every change of seat load in one organization (intake, fallback offers, handoffs)
 * until the transaction ends, so concurrent writers in any process see each other's load and
 * never overfill a seat.
 */
export async function lockRouting(tx: Tx, organizationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`routing:${organizationId}`}))`);
}
