import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { putSetting } from "@/lib/db/queries/organizations";
import { assignments, clientRequests, escalations, organizations, seats } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/db/seed";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { submitClientRequest } from "./submit-client-request";

const asOf = new Date("2026-11-02T17:00:00Z");

async function overfilledSeats(db: Db, organizationId: string) {
  return db
    .select({ id: seats.id, capacity: seats.capacity, active: sql<number>`count(${assignments.id})::int` })
    .from(seats)
    .leftJoin(assignments, and(eq(assignments.organizationId, seats.organizationId), eq(assignments.seatId, seats.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
    .where(eq(seats.organizationId, organizationId))
    .groupBy(seats.organizationId, seats.id)
    .having(sql`count(${assignments.id}) > ${seats.capacity}`);
}

describeEachDriver("routing a client request", ({ db, driver }) => {
  let organizationId: string;
  beforeAll(async () => {
    await seedDatabase(db(), { seed: 7, asOf, clients: 120 });
    organizationId = (await db().select({ id: organizations.id }).from(organizations))[0]!.id;
  });

  it("forms an explained team for a seller in Rancho Cucamonga", async () => {
    const result = await submitClientRequest(db(), organizationId, "form", {
      contact: { firstName: "Rosa", lastName: "Delgado", email: "rosa.delgado@example.com" },
      type: "seller", postalCode: "91737", priceExpectation: 240_000, message: "Thinking of selling our home in Alta Loma this spring. What is it worth?",
    });
    expect(result.ok && result.data.status).toBe("routed");
    const team = await db().select().from(assignments).where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, result.ok ? result.data.clientId! : "")));
    const lead = team.find((a) => a.teamRole === "lead")!;
    expect(lead.seatRole).toBe("listing_specialist");
    expect(lead.scoreBreakdown).toMatchObject({ factors: { expertise: expect.any(Number), workload: expect.any(Number), successRate: expect.any(Number), preferenceFit: expect.any(Number), commission: expect.any(Number) } });
    expect(Array.isArray(lead.runnersUp)).toBe(true);
    expect(team.filter((a) => a.teamRole === "support").map((a) => a.seatRole)).toContain("market_analyst");
  });

  const leadOf = async (result: Awaited<ReturnType<typeof submitClientRequest>>) => {
    const clientId = result.ok ? result.data.clientId! : "";
    const team = await db().select().from(assignments).where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId)));
    return { lead: team.find((a) => a.teamRole === "lead")!, team };
  };
  const jorgeSeatId = async () => (await db().select({ id: seats.id }).from(seats).where(and(eq(seats.organizationId, organizationId), eq(seats.role, "overseer"))))[0]!.id;

  it("keeps an ordinary $850,000 seller with a listing specialist: the $15K line no longer sends Jorge every lead", async () => {
    const result = await submitClientRequest(db(), organizationId, "form", {
      contact: { firstName: "Lena", lastName: "Ortiz", email: "lena.ortiz@example.com" }, type: "seller", postalCode: "91739", priceExpectation: 850_000, message: "We want to sell our Etiwanda home this summer.",
    });
    const { lead } = await leadOf(result);
    expect(lead.seatRole).toBe("listing_specialist");
    expect(lead.seatId).not.toBe(await jorgeSeatId());
  });

  it("gives Jorge a luxury seller, with the best listing specialists as his fallback chain", async () => {
    await db().update(seats).set({ capacity: 500, presence: "available" }).where(and(eq(seats.organizationId, organizationId), eq(seats.role, "overseer")));
    const result = await submitClientRequest(db(), organizationId, "form", {
      contact: { firstName: "Victor", lastName: "Hale", email: "victor.hale@example.com" }, type: "seller", postalCode: "91737", priceExpectation: 1_600_000,
    });
    const { lead, team } = await leadOf(result);
    expect(lead.seatId).toBe(await jorgeSeatId());
    const chain = (lead.runnersUp as { seatId: string }[]).map((r) => r.seatId);
    expect(chain.length).toBeGreaterThan(0);
    const listing = team.find((a) => a.teamRole === "support" && a.seatRole === "listing_specialist")!;
    expect(chain[0]).toBe(listing.seatId);
  });

  it("follows the personal-handling line set in Settings", async () => {
    await putSetting(db(), organizationId, SETTING_KEYS.personalHandling, { commissionThreshold: 45_000, tags: ["jorge"] }, "test");
    const result = await submitClientRequest(db(), organizationId, "form", {
      contact: { firstName: "Iris", lastName: "Pak", email: "iris.pak@example.com" }, type: "seller", postalCode: "91701", priceExpectation: 800_000,
    });
    expect((await leadOf(result)).lead.seatId).toBe(await jorgeSeatId());
    await putSetting(db(), organizationId, SETTING_KEYS.personalHandling, { commissionThreshold: 72_000, tags: ["jorge"] }, "test");
  });

  it("records a resubmitted request once", async () => {
    const input = { contact: { firstName: "Tom", email: "tom.ruiz@example.com" }, type: "buyer", postalCode: "91730", budgetMax: 200_000, externalId: "crm-42" };
    const first = await submitClientRequest(db(), organizationId, "api", input);
    const second = await submitClientRequest(db(), organizationId, "api", input);
    expect(second.ok && second.data).toMatchObject({ duplicate: true, requestId: first.ok ? first.data.requestId : "" });
    const rows = await db().select().from(clientRequests).where(and(eq(clientRequests.organizationId, organizationId), eq(clientRequests.idempotencyKey, "ext:crm-42")));
    expect(rows).toHaveLength(1);
  });

  it("explains bad input field by field and writes nothing", async () => {
    const before = await db().select({ n: sql<number>`count(*)::int` }).from(clientRequests);
    const result = await submitClientRequest(db(), organizationId, "api", { contact: { firstName: "" }, type: "wizard", postalCode: "1" });
    expect(result).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("contact.firstName") });
    expect(!result.ok && result.error).toMatch(/type must be one of/);
    expect(await db().select({ n: sql<number>`count(*)::int` }).from(clientRequests)).toEqual(before);
  });

  it("sends the request to Jorge with the reason when no seat qualifies", async () => {
    const result = await submitClientRequest(db(), organizationId, "form", { contact: { firstName: "Wei", email: "wei@example.com" }, type: "buyer", postalCode: "92880", language: "ko", budgetMax: 150_000 });
    expect(result.ok && result.data.status).toBe("escalated");
    const [escalation] = await db().select().from(escalations).where(and(eq(escalations.organizationId, organizationId), eq(escalations.clientId, result.ok ? result.data.clientId! : "")));
    expect(escalation).toMatchObject({ trigger: "no_eligible_seat", summary: expect.stringMatching(/no available buyer specialist/i) });
  });

  it(`never overfills a seat when 60 requests arrive at once [${driver}]`, async () => {
    await db().update(seats).set({ capacity: sql`least(${seats.capacity}, 3)` }).where(and(eq(seats.organizationId, organizationId), eq(seats.role, "buyer_specialist")));
    await db().update(assignments).set({ state: "rescinded", endedAt: asOf }).where(and(eq(assignments.organizationId, organizationId), eq(assignments.seatRole, "buyer_specialist")));
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => submitClientRequest(db(), organizationId, "api", { contact: { firstName: `Buyer ${i}`, email: `burst${i}@example.com` }, type: "buyer", postalCode: "91730", budgetMax: 180_000, externalId: `burst-${i}` })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const statuses = results.map((r) => (r.ok ? r.data.status : "error"));
    expect(statuses.filter((s) => s === "routed").length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === "escalated").length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === "routed" || s === "escalated")).toBe(true);
    expect(await overfilledSeats(db(), organizationId)).toEqual([]);
  });
});
