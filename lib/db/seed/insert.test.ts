import bcrypt from "bcryptjs";
import { count, eq, getTableName } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "../client";
import { users } from "../schema";
import { describeEachDriver } from "../testing/each-driver";
import { DEMO_ACCOUNTS } from "./accounts";
import { seedDatabase } from "./index";
import { INSERT_ORDER } from "./insert";

const asOf = new Date("2026-05-15T17:30:00Z");

/** Row counts per SQL table name, as the database reports them. */
async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [, table] of INSERT_ORDER) {
    const [row] = await db.select({ n: count() }).from(table);
    out[getTableName(table)] = Number(row!.n);
  }
  return out;
}

describeEachDriver("seeding the default demo data", ({ db }) => {
  let counts: Record<string, number> = {};

  it("inserts every table and the database holds exactly the generated rows", { timeout: 180_000 }, async () => {
    const result = await seedDatabase(db(), { asOf });
    expect(result.created).toBe(true);
    if (!result.created) return;
    counts = result.counts;
    expect(counts.clients).toBe(600);
    expect(counts.interactions).toBeGreaterThan(10_000);
    expect(counts.appointments).toBeGreaterThan(60);
    expect(await tableCounts(db())).toEqual(counts);
  });

  it("stores bcrypt hashes that accept the demo passwords", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db().select().from(users).where(eq(users.email, account.email));
      expect(user?.passwordHash).toMatch(/^\$2[aby]\$10\$/);
      expect(await bcrypt.compare(account.password, user!.passwordHash)).toBe(true);
    }
  });

  it("does nothing when the organization already exists", async () => {
    expect(await seedDatabase(db(), { asOf: new Date("2027-01-01T00:00:00Z"), seed: 99 })).toEqual({ created: false });
    expect(await tableCounts(db())).toEqual(counts);
  });
});

describeEachDriver("seeding at a larger scale", ({ db }) => {
  it("inserts 3,000 clients", { timeout: 300_000 }, async () => {
    const result = await seedDatabase(db(), { asOf, clients: 3_000 });
    expect(result.created).toBe(true);
    if (!result.created) return;
    expect(result.counts.clients).toBe(3_000);
    expect(await tableCounts(db())).toEqual(result.counts);
  });
});
