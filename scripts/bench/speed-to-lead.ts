/**
 * Speed to lead (the overview's slowest query) on a large team, with the assignments_request
 * index and, as the same run's baseline, without it (dropped inside a transaction that is rolled
 * back, so the database is left as it was). Needs DATABASE_URL of a database seeded with
 * `DEMO_SEED=true npm run seed -- --clients 50000`. Flags: --runs N (default 3), --no-baseline.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/lib/db/client";
import { speedToLeadRows } from "@/lib/db/queries/speed-to-lead";
import { queryRows } from "@/lib/db/rows";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, "no-baseline": { type: "boolean" } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database seeded with --clients 50000");
const database = openDatabase({ url });

async function time(db: Db, organizationId: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const rows = await speedToLeadRows(db, { organizationId, seatId: null, all: true }, new Date());
  return { ms: performance.now() - started, rows: rows.length };
}

try {
  const [org] = await queryRows<{ id: string; clients: number }>(database.db, sql`select o.id, (select count(*)::int from clients c where c.organization_id = o.id) as clients from organizations o order by clients desc limit 1`);
  if (!org) throw new Error("The database has no organization; seed it first");
  const runs = Number(values.runs);
  const indexed = [];
  for (let i = 0; i < runs; i++) indexed.push(await time(database.db, org.id));
  console.log(`${org.clients} clients, ${indexed[0]!.rows} requests in the last 30 days`);
  console.log(`with assignments_request: ${indexed.map((r) => r.ms.toFixed(0)).join(", ")} ms`);
  if (!values["no-baseline"]) {
    let baseline: { ms: number } | null = null;
    // drizzle's rollback() throws to leave the transaction; the index comes back with it.
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`drop index assignments_request`);
        baseline = await time(tx as unknown as Db, org.id);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!baseline) throw error;
      });
    const ms = (baseline as { ms: number } | null)?.ms ?? NaN;
    console.log(`without it (baseline, same run): ${ms.toFixed(0)} ms, ${(ms / Math.min(...indexed.map((r) => r.ms))).toFixed(0)}x slower`);
  }
} finally {
  await database.close();
}
