import { eq, sql } from "drizzle-orm";
import { ORGANIZATION_SLUG } from "../../domain/setup/organization-defaults";
import type { Db } from "../client";
import { organizations } from "../schema";
import { DEFAULT_CLIENTS, DEFAULT_SEED, generateSeed, type GenerateOptions } from "./generate";
import { countRows, hashPasswords, insertRowsInTransaction } from "./insert";

export { DEFAULT_CLIENTS, DEFAULT_SEED, generateSeed, type GenerateOptions } from "./generate";
export { countRows, INSERT_ORDER, insertSeed, PASSWORD_COST } from "./insert";
export { DEMO_ACCOUNTS, DEMO_PASSWORDS, type DemoAccount } from "./accounts";
export type { SeedCredential, SeedData } from "./types";

/** The slug of the organization the seed creates; its presence means the database is seeded. */
export const SEED_ORGANIZATION_SLUG = ORGANIZATION_SLUG;

/**
 * Serializes concurrent first starts, with or without the demo team, so only one of them creates
 * the organization.
 */
export const ORGANIZATION_SETUP_LOCK = 8_254_211;

/** What seedDatabase did: nothing, or created the organization with these row counts per table. */
export type SeedResult = { created: false } | { created: true; counts: Record<string, number> };

async function seeded(db: Pick<Db, "select">): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, SEED_ORGANIZATION_SLUG)).limit(1);
  return rows.length > 0;
}

/**
 * Seeds an empty database with the demo organization. Does nothing when the organization
 * already exists, so it is safe to call at every start.
 */
export async function seedDatabase(db: Db, options: GenerateOptions): Promise<SeedResult> {
  if (await seeded(db)) return { created: false };
  const data = generateSeed({ seed: options.seed ?? DEFAULT_SEED, asOf: options.asOf, clients: options.clients ?? DEFAULT_CLIENTS });
  const users = await hashPasswords(data);
  const created = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ORGANIZATION_SETUP_LOCK})`);
    if (await seeded(tx)) return false;
    await insertRowsInTransaction(tx, data, users);
    return true;
  });
  return created ? { created: true, counts: countRows(data) } : { created: false };
}
