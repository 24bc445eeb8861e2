/**
 * Prepares the database before the console serves: checks it can be reached, applies the
 * migrations and seeds the demo organization once. Flags: --clients N (seed size), --seed N, --quiet.
 */
import { parseArgs } from "node:util";
import { describeDatabaseUrl, openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { assertDatabaseReachable } from "@/lib/db/reachability";
import { seedDatabase } from "@/lib/db/seed";

const { values } = parseArgs({ options: { clients: { type: "string" }, seed: { type: "string" }, quiet: { type: "boolean" } } });

async function main() {
  const url = process.env.DATABASE_URL || undefined;
  if (url) await assertDatabaseReachable(url);
  const where = url ? `PostgreSQL (${describeDatabaseUrl(url)})` : `the embedded database in ${process.env.PGLITE_DIR || ".data/pglite"}`;
  const database = openDatabase({ url, dataDir: process.env.PGLITE_DIR || undefined });
  try {
    const started = Date.now();
    await migrateDatabase(database);
    const clients = values.clients ? Number(values.clients) : undefined;
    if (clients !== undefined && (!Number.isInteger(clients) || clients < 1)) throw new Error("--clients takes a whole number of clients, for example --clients 50000");
    const result = await seedDatabase(database.db, { seed: values.seed ? Number(values.seed) : undefined, asOf: new Date(), clients });
    const took = ((Date.now() - started) / 1000).toFixed(1);
    if (result.created) console.log(`Seeded ${where} with the demo team in ${took} s.`);
    else if (!values.quiet) console.log(`Using ${where} (already set up, ${took} s).`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
