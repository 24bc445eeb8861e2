import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { organizations, settings, users } from "../schema";

/** The organization with this slug (id and name), or null when there is none. */
export async function findOrganizationBySlug(db: Db | Tx, slug: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.slug, slug)).limit(1);
  return row ?? null;
}

/** True when someone can sign in as overseer: a user with that role who is not disabled. */
export async function hasActiveOverseer(db: Db | Tx): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.role, "overseer"), isNull(users.disabledAt))).limit(1);
  return rows.length > 0;
}

/**
 * The organization a GoHighLevel location belongs to together with one of its settings, in a
 * single query: the webhook path needs both for every delivery.
 */
export async function findOrganizationByLocationWithSetting(db: Db, locationId: string, key: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, setting: settings.value })
    .from(organizations)
    .leftJoin(settings, and(eq(settings.organizationId, organizations.id), eq(settings.key, key)))
    .where(sql`${locationId} = any(${organizations.ghlLocationIds})`)
    .limit(1);
  return row ?? null;
}

/** The GoHighLevel location ids whose webhooks belong to this organization. */
export async function getGhlLocationIds(db: Db | Tx, organizationId: string): Promise<string[]> {
  const [row] = await db.select({ ids: organizations.ghlLocationIds }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.ids ?? [];
}

/** Replaces the organization's GoHighLevel location ids. */
export async function setGhlLocationIds(db: Db | Tx, organizationId: string, ids: readonly string[]): Promise<void> {
  await db.update(organizations).set({ ghlLocationIds: [...ids] }).where(eq(organizations.id, organizationId));
}

/** True when another organization already receives this location's webhooks. */
export async function locationTakenElsewhere(db: Db | Tx, organizationId: string, locationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(ne(organizations.id, organizationId), sql`${locationId} = any(${organizations.ghlLocationIds})`))
    .limit(1);
  return rows.length > 0;
}

/** Several settings of one organization at once, keyed by name; absent keys are missing from the map. */
export async function getSettings(db: Db | Tx, organizationId: string, keys: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(and(eq(settings.organizationId, organizationId), inArray(settings.key, [...keys])));
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** Writes one setting, replacing its previous value. */
export async function putSetting(db: Db | Tx, organizationId: string, key: string, value: unknown, updatedBy: string): Promise<void> {
  await db
    .insert(settings)
    .values({ organizationId, key, value, updatedBy })
    .onConflictDoUpdate({ target: [settings.organizationId, settings.key], set: { value, updatedBy, updatedAt: new Date() } });
}
