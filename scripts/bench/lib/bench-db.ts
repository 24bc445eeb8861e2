/**
 * The benchmark's own PostgreSQL database: created beside a given URL, migrated and seeded with
 * the demo organization, read back to count intakes, and dropped at the end.
 */
import { and, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type Database } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { SEED_ORGANIZATION_SLUG, seedDatabase } from "@/lib/db/seed";
import { clientRequests, organizations } from "@/lib/db/schema";

export interface BenchDatabase {
  name: string;
  url: string;
  database: Database;
  organizationId: string;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(adminUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const client = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    return await work(client);
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Creates `console_bench_<timestamp>` beside adminUrl, migrates it and seeds the demo team. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `console_bench_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${process.pid}`;
  await admin(adminUrl, (s) => s.unsafe(`create database "${name}"`));
  const url = withDatabase(adminUrl, name);
  const database = openDatabase({ url, max: 2 });
  try {
    await migrateDatabase(database);
    await seedDatabase(database.db, { asOf: new Date() });
    const [org] = await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, SEED_ORGANIZATION_SLUG));
    return { name, url, database, organizationId: org!.id };
  } catch (error) {
    await database.close();
    await dropBenchDatabase(adminUrl, name);
    throw error;
  }
}

/** Drops the benchmark database, disconnecting whoever is still on it. */
export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (s) => s.unsafe(`drop database if exists "${name}" with (force)`));
}

/** Every GHL intake of the organization: its idempotency key and status. */
export async function ghlIntakes(bench: BenchDatabase): Promise<{ key: string; status: string }[]> {
  return bench.database.db
    .select({ key: clientRequests.idempotencyKey, status: clientRequests.status })
    .from(clientRequests)
    .where(and(eq(clientRequests.organizationId, bench.organizationId), eq(clientRequests.source, "ghl_webhook")));
}

/** Waits until no GHL intake is left in status "received", or the time is up; returns how many are. */
export async function waitForRouting(bench: BenchDatabase, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const [row] = await bench.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(clientRequests)
      .where(and(eq(clientRequests.organizationId, bench.organizationId), eq(clientRequests.source, "ghl_webhook"), eq(clientRequests.status, "received")));
    if (row!.n === 0 || Date.now() - started >= timeoutMs) return row!.n;
    await new Promise((r) => setTimeout(r, 250));
  }
}
