import type { SQL } from "drizzle-orm";
import type { Db, Tx } from "./client";

/** Runs raw SQL and returns its rows, whichever driver answers (postgres.js gives an array, PGlite {rows}). */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
