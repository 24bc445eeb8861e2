import { sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

let tables: Promise<string[]> | undefined;

/** The row count of every table of the schema, in one query: compare before and after a refused call to prove it wrote nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  tables ??= queryRows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`).then((rows) => rows.map((r) => r.name));
  const names = await tables;
  const [row] = await queryRows<Record<string, number>>(db, sql.raw(`select ${names.map((t) => `(select count(*)::int from "${t}") as "${t}"`).join(", ")}`));
  return row!;
}

/** What a door or a service answered: ok, or refused with a status and a message. */
export type Outcome = { ok: true } | { ok: false; status: number; error: string };

/**
 * The contract every door keeps, whatever it is sent: ok, or a 4xx with a message a person can
 * act on; never a 5xx; and a refused call leaves every table as it was, except the ones named
 * in refusalsMayWrite (the sign-in throttle, whose whole point is to count refused attempts).
 */
export async function expectCleanOutcome(db: Db, call: () => Promise<Outcome>, refusalsMayWrite: readonly string[] = []): Promise<Outcome> {
  const counted = async () => Object.fromEntries(Object.entries(await rowCounts(db)).filter(([table]) => !refusalsMayWrite.includes(table)));
  const before = await counted();
  const outcome = await call();
  if (outcome.ok) return outcome;
  expect(outcome.status >= 400 && outcome.status < 500 ? "4xx" : `status ${outcome.status}: ${outcome.error}`).toBe("4xx");
  expect(outcome.error).toMatch(/\S/);
  expect(await counted(), `a refused call (${outcome.status}: ${outcome.error.slice(0, 200)}) changed row counts`).toEqual(before);
  return outcome;
}
