import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, expect, it } from "vitest";
import { ORGANIZATION_SLUG, defaultRolePermissions, defaultSettingValues } from "@/lib/domain/setup/organization-defaults";
import { DEFAULT_WEIGHTS } from "@/lib/domain/routing/weights";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { openDatabase, type Db } from "@/lib/db/client";
import { getSettings } from "@/lib/db/queries/organizations";
import { auditLog, clients, listings, markets, organizations, rolePermissions, seats, settings, users } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { setUpOrganization } from "./organization-setup";
import { readSetupStatus } from "./setup-status";

const count = async (db: Db, table: PgTable) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const tables = { organizations, rolePermissions, settings, markets, users, seats, clients, listings, auditLog };
const snapshot = async (db: Db) => Object.fromEntries(await Promise.all(Object.entries(tables).map(async ([k, t]) => [k, await count(db, t)] as const)));

describeEachDriver("production organization setup", ({ db }) => {
  let organizationId: string;
  beforeAll(async () => {
    const result = await setUpOrganization(db());
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toMatchObject({ created: true, name: "Jorge Salas Real Estate" });
    organizationId = result.data.organizationId;
  });

  it("creates one organization with its permissions, settings and markets, and no users or demo rows", async () => {
    expect(await snapshot(db())).toEqual({ organizations: 1, rolePermissions: defaultRolePermissions().length, settings: Object.keys(defaultSettingValues()).length, markets: 5, users: 0, seats: 0, clients: 0, listings: 0, auditLog: 2 });
    const [org] = await db().select().from(organizations);
    expect(org).toMatchObject({ id: organizationId, slug: ORGANIZATION_SLUG, ghlLocationIds: [] });
    const granted = await db().select({ role: rolePermissions.role, permission: rolePermissions.permission }).from(rolePermissions);
    expect(granted.map((g) => `${g.role}:${g.permission}`).sort()).toEqual(defaultRolePermissions().map((g) => `${g.role}:${g.permission}`).sort());
    const stored = await getSettings(db(), organizationId, Object.values(SETTING_KEYS));
    expect(stored.get(SETTING_KEYS.routingWeights)).toEqual(DEFAULT_WEIGHTS);
    expect(stored.size).toBe(Object.values(SETTING_KEYS).length);
  });

  it("creates the team's five real markets with their ZIP codes", async () => {
    const rows = await db().select().from(markets).where(eq(markets.organizationId, organizationId)).orderBy(markets.slug);
    expect(rows.map((m) => [m.slug, m.type])).toEqual([
      ["chino-hills", "luxury"], ["eastvale", "emerging"], ["fontana", "investment"], ["rancho-cucamonga", "primary"], ["upland-ontario", "adjacent"],
    ]);
    expect(rows.find((m) => m.slug === "rancho-cucamonga")!.zipCodes.sort()).toEqual(["91701", "91730", "91737", "91739"]);
    expect(rows.find((m) => m.slug === "eastvale")).toMatchObject({ county: "Riverside", zipCodes: ["92880"] });
    for (const m of rows) {
      expect(m.latitude).toBeGreaterThan(33.8);
      expect(m.latitude).toBeLessThan(34.3);
      expect(m.active).toBe(true);
    }
  });

  it("finds the organization on the next start and writes nothing", async () => {
    const before = await snapshot(db());
    expect(await setUpOrganization(db(), { name: "Another Name" })).toEqual({ ok: true, data: { created: false, organizationId, name: "Jorge Salas Real Estate" } });
    expect(await snapshot(db())).toEqual(before);
  });

  it("reports no overseer and no demo team", async () => {
    expect(await readSetupStatus(db())).toEqual({ overseer: false, demoAccounts: false });
  });
});

describeEachDriver("production organization setup under concurrent starts", ({ db, database }) => {
  it("refuses a name that is too long and writes nothing", async () => {
    expect(await setUpOrganization(db(), { name: "x".repeat(121) })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("at most 120 characters") });
    expect(await count(db(), organizations)).toBe(0);
  });

  it("creates the organization once when several starts race, under the name given", async () => {
    const url = database().url;
    const others = url ? [openDatabase({ url, max: 2 }), openDatabase({ url, max: 2 })] : [];
    try {
      const handles = [db(), db(), ...others.map((o) => o.db)];
      const results = await Promise.all(handles.map((h) => setUpOrganization(h, { name: "  Salas Team Inland Empire " })));
      const created = results.map((r) => (r.ok ? r.data.created : r.error));
      expect(created.filter((c) => c === true)).toHaveLength(1);
      expect(created.filter((c) => c === false)).toHaveLength(handles.length - 1);
      expect(new Set(results.map((r) => (r.ok ? r.data.organizationId : null))).size).toBe(1);
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
    const snap = await snapshot(db());
    expect(snap).toMatchObject({ organizations: 1, rolePermissions: defaultRolePermissions().length, settings: Object.keys(defaultSettingValues()).length, markets: 5, users: 0, auditLog: 2 });
    expect((await db().select({ name: organizations.name }).from(organizations))[0]!.name).toBe("Salas Team Inland Empire");
  });
});
