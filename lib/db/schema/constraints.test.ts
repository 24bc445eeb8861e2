import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../client";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { assignments, auditLog, clients, escalations, interactions, listings, organizations, seats, transactions, users } from "./index";

/**
 * Expects PostgreSQL itself to refuse a write: an integrity violation (SQLSTATE class 23) or,
 * for the audit trail, the append-only trigger (42501). Any other failure fails the test.
 */
async function rejected(write: Promise<unknown>, sqlState: RegExp = /^23/) {
  const error = await write.then(() => null, (e: unknown) => e as { code?: string; cause?: { code?: string } });
  expect(error, "the write should have been refused").not.toBeNull();
  expect(error?.cause?.code ?? error?.code).toMatch(sqlState);
}

describeEachDriver("constraints", ({ db }) => {
  let team: TeamFixture;
  beforeAll(async () => {
    team = await createTeamFixture(db());
  });
  const base = () => ({ organizationId: team.organizationId });

  it("refuse words outside the closed vocabularies", async () => {
    await rejected(db().insert(seats).values({ ...base(), name: "X", kind: "robot", role: "buyer_specialist", capacity: 5 }));
    await rejected(db().insert(seats).values({ ...base(), name: "X", kind: "ai", role: "wizard", capacity: 5 }));
    await rejected(db().insert(seats).values({ ...base(), name: "X", kind: "ai", role: "geographic", capacity: 5, presence: "asleep" }));
    await rejected(db().insert(clients).values({ ...base(), firstName: "A", email: "a@b.co", type: "buyer", pipeline: "buyer", stage: "Daydreaming" }));
    await rejected(db().insert(users).values({ ...base(), email: "x@y.co", name: "X", role: "admin", passwordHash: "h" }));
  });

  it("keep each client's stage within its pipeline", async () => {
    await rejected(db().insert(clients).values({ ...base(), firstName: "A", email: "a@b.co", type: "seller", pipeline: "seller", stage: "Financially Ready" }));
    await rejected(db().insert(clients).values({ ...base(), firstName: "A", email: "a@b.co", type: "buyer", pipeline: "buyer", stage: "Hot Seller" }));
  });

  it("refuse impossible numbers", async () => {
    await rejected(db().insert(seats).values({ ...base(), name: "X", kind: "ai", role: "geographic", capacity: -1 }));
    await rejected(db().insert(clients).values({ ...base(), firstName: "A", email: "a@b.co", type: "buyer", pipeline: "buyer", leadScore: 101 }));
    await rejected(db().insert(clients).values({ ...base(), firstName: "A", email: "a@b.co", type: "buyer", pipeline: "buyer", budgetMin: 900_000, budgetMax: 500_000 }));
    await rejected(db().insert(transactions).values({ ...base(), clientId: team.aliceClient.id, propertyAddress: "1 Main St", side: "buy", price: 0, stage: "Under Contract" }));
    await rejected(db().insert(transactions).values({ ...base(), clientId: team.aliceClient.id, propertyAddress: "1 Main St", side: "dual", price: 800_000, stage: "Under Contract" }));
  });

  it("refuse a client nobody can reach and a nameless one", async () => {
    await rejected(db().insert(clients).values({ ...base(), firstName: "Ghost", type: "buyer", pipeline: "buyer" }));
    await rejected(db().insert(clients).values({ ...base(), firstName: "  ", email: "a@b.co", type: "buyer", pipeline: "buyer" }));
  });

  it("refuse an outbound message without the seat that sent it", async () => {
    await rejected(db().insert(interactions).values({ ...base(), clientId: team.aliceClient.id, channel: "sms", direction: "outbound", body: "Hi" }));
  });

  it("keep one active lead per client and one active assignment per seat and client", async () => {
    const offer = { ...base(), clientId: team.bobClient.id, teamRole: "lead", seatRole: "listing_specialist", state: "offered" };
    await db().insert(assignments).values({ ...offer, seatId: team.bobSeat.id });
    await rejected(db().insert(assignments).values({ ...offer, seatId: team.aliceSeat.id }));
    await rejected(db().insert(assignments).values({ ...offer, seatId: team.bobSeat.id, teamRole: "support" }));
  });

  it("refuse a resolved escalation without its resolution", async () => {
    const now = new Date();
    await rejected(db().insert(escalations).values({ ...base(), trigger: "human_requested", severity: "high", summary: "s", status: "resolved", acknowledgedAt: now, resolvedAt: now, ackDueAt: now, resolveDueAt: now }));
    await rejected(db().insert(escalations).values({ ...base(), trigger: "human_requested", severity: "high", summary: "s", ackDueAt: now, resolveDueAt: new Date(now.getTime() - 1000) }));
  });

  it("refuse a closed sale without its price and date", async () => {
    const listing = { ...base(), marketId: team.market.id, propertyType: "Residential", listPrice: 800_000, livingArea: 1800, bedroomsTotal: 3, bathroomsTotalInteger: 2, unparsedAddress: "1 A St", postalCode: "91701", city: "Rancho Cucamonga", latitude: 34.1, longitude: -117.6, listingContractDate: "2026-01-10", daysOnMarket: 20 };
    await rejected(db().insert(listings).values({ ...listing, listingKey: "K1", standardStatus: "Closed" }));
    await rejected(db().insert(listings).values({ ...listing, listingKey: "K2", standardStatus: "Closed", closePrice: 790_000, closeDate: "2025-12-01" }));
  });

  it("keep rows inside their organization: no reference may cross to another team", async () => {
    const [other] = await db().insert(organizations).values({ name: "Other team", slug: `other-${Date.now()}` }).returning();
    await rejected(db().insert(clients).values({ organizationId: other!.id, firstName: "A", email: "a@b.co", type: "buyer", pipeline: "buyer", ownerSeatId: team.aliceSeat.id }));
    await rejected(db().insert(clients).values({ organizationId: other!.id, firstName: "A", email: "a@b.co", type: "buyer", pipeline: "buyer", marketId: team.market.id }));
  });

  it("keep one account per email within an organization, whatever its case", async () => {
    await rejected(db().insert(users).values({ ...base(), email: team.alice.email.toUpperCase(), name: "Copy", role: "agent", passwordHash: "h" }));
  });

  it("keep the audit trail append-only", async () => {
    await db().insert(auditLog).values({ ...base(), actorType: "system", action: "test.entry", entityType: "test" });
    await rejected(db().update(auditLog).set({ action: "rewritten" }).where(eq(auditLog.organizationId, team.organizationId)), /^42501$/);
    await rejected(db().delete(auditLog).where(eq(auditLog.organizationId, team.organizationId)), /^42501$/);
    const rows = await db().select().from(auditLog).where(and(eq(auditLog.organizationId, team.organizationId), eq(auditLog.action, "test.entry")));
    expect(rows).toHaveLength(1);
  });

  it("leave no partial rows behind after a rejected write", async () => {
    const count = async (d: Db) => (await d.select({ n: sql<number>`count(*)::int` }).from(seats).where(eq(seats.organizationId, team.organizationId)))[0]!.n;
    const before = await count(db());
    await rejected(db().insert(seats).values([
      { ...base(), name: "Fine", kind: "ai", role: "geographic", capacity: 5 },
      { ...base(), name: "Broken", kind: "ai", role: "geographic", capacity: -5 },
    ]));
    expect(await count(db())).toBe(before);
  });
});
