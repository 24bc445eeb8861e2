/**
 * Prepares the database before the console serves: checks it can be reached, applies the
 * migrations, then creates the organization once. The demo team (published passwords) is loaded
 * only on the embedded zero-setup database or when DEMO_SEED=true; otherwise the organization
 * alone (ORGANIZATION_NAME) with its permissions, settings and markets, and no users.
 * `npm run seed`, --demo, --clients N and --seed N ask for the demo team and are refused, with
 * nothing written, where it would not be loaded. --quiet says nothing when already set up.
 * --outcome FILE writes what it found as JSON for `npm start`, which prints the closing notes.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decideSeedPlan, type SeedPlan } from "@/lib/domain/setup/seed-plan";
import { setupNotes, type SetupOutcome } from "@/lib/domain/setup/setup-notes";
import { describeDatabaseUrl, openDatabase, type Db } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { assertDatabaseReachable } from "@/lib/db/reachability";
import { DEMO_ACCOUNTS, seedDatabase } from "@/lib/db/seed";
import { setUpOrganization } from "@/lib/services/setup/organization-setup";
import { readSetupStatus } from "@/lib/services/setup/setup-status";

const { values } = parseArgs({
  options: { clients: { type: "string" }, seed: { type: "string" }, demo: { type: "boolean" }, quiet: { type: "boolean" }, outcome: { type: "string" } },
});

/** True when the caller asked for the demo team itself rather than a plain setup. */
function demoRequested(): boolean {
  return Boolean(values.demo || values.clients !== undefined || values.seed !== undefined);
}

function wholeNumber(flag: string, value: string | undefined, min: number, example: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${flag} takes a whole number of at least ${min}, for example --${flag} ${example}`);
  return n;
}

/** Loads the demo team into an empty database; returns what happened, in words. */
async function loadDemo(db: Db, where: string, started: number, size: { seed?: number; clients?: number }): Promise<string | null> {
  const result = await seedDatabase(db, { ...size, asOf: new Date() });
  if (result.created) return `Seeded ${where} with the demo team in ${seconds(started)} s.`;
  return values.quiet ? null : `Using ${where} (already set up, ${seconds(started)} s).`;
}

/** Creates the bare organization once; returns what happened, in words. */
async function setUpBare(db: Db, where: string, started: number, plan: Extract<SeedPlan, { kind: "organization" }>): Promise<string | null> {
  const result = await setUpOrganization(db, { name: process.env.ORGANIZATION_NAME });
  if (!result.ok) throw new Error(`ORGANIZATION_NAME: ${result.error}`);
  if (!result.data.created) return values.quiet ? null : `Using ${where} (already set up, ${seconds(started)} s).`;
  return `Set up ${result.data.name} on ${where} in ${seconds(started)} s: role permissions, default settings and its markets, no users (${plan.reason}, so no demo team).`;
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

async function main() {
  const url = process.env.DATABASE_URL || undefined;
  const plan = decideSeedPlan({ databaseUrl: url, demoSeed: process.env.DEMO_SEED });
  if (plan.kind === "invalid") throw new Error(plan.error);
  if (plan.kind === "organization" && demoRequested()) throw new Error(plan.demoRefusal);
  const size = { seed: wholeNumber("seed", values.seed, 0, "7"), clients: wholeNumber("clients", values.clients, 1, "50000") };
  if (url) await assertDatabaseReachable(url);
  const where = url ? `PostgreSQL (${describeDatabaseUrl(url)})` : `the embedded database in ${process.env.PGLITE_DIR || ".data/pglite"}`;
  const database = openDatabase({ url, dataDir: process.env.PGLITE_DIR || undefined });
  try {
    const started = Date.now();
    await migrateDatabase(database);
    const said = plan.kind === "demo" ? await loadDemo(database.db, where, started, size) : await setUpBare(database.db, where, started, plan);
    if (said) console.log(said);
    const status = await readSetupStatus(database.db);
    if (plan.kind === "demo" && !status.demoAccounts && (plan.explicit || demoRequested())) console.log("The organization already existed without the demo team; the demo team loads only into an empty database.");
    const outcome: SetupOutcome = { plan: plan.kind, database: url ? "postgres" : "embedded", ...status };
    if (values.outcome) writeFileSync(values.outcome, JSON.stringify(outcome));
    else for (const line of setupNotes(outcome, { demoSignIns: DEMO_ACCOUNTS })) console.log(line);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
