import { beforeAll, describe, expect, it } from "vitest";
import { ACTIVE_ASSIGNMENT_STATES } from "../../domain/team/vocabulary";
import { ownerRoles } from "./capacity";
import { generateSeed } from "./generate";
import { MARKET_DEFINITIONS } from "./markets";
import type { SeedData } from "./types";

const asOf = new Date("2026-05-15T17:30:00Z");
const active = new Set<string>(ACTIVE_ASSIGNMENT_STATES);

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Every seat's active assignments stay within its capacity. */
function expectCapacityRespected(data: SeedData) {
  const load = new Map<string, number>();
  for (const a of data.assignments) if (active.has(a.state!)) load.set(a.seatId, (load.get(a.seatId) ?? 0) + 1);
  for (const seat of data.seats) expect(load.get(seat.id!) ?? 0, seat.name).toBeLessThanOrEqual(seat.capacity);
}

describe("generateSeed", () => {
  let data: SeedData;
  beforeAll(() => {
    data = generateSeed({ seed: 7, asOf });
  });

  it("gives deep-equal data for the same seed and asOf, and different data for another seed", () => {
    expect(generateSeed({ seed: 7, asOf })).toEqual(data);
    const other = generateSeed({ seed: 8, asOf });
    expect(other.clients.map((c) => c.firstName)).not.toEqual(data.clients.map((c) => c.firstName));
    expect(other.organizations[0]!.id).not.toEqual(data.organizations[0]!.id);
  });

  it("has the expected row counts at the default size", () => {
    expect(data.organizations).toHaveLength(1);
    expect(data.organizations[0]).toMatchObject({ name: "Jorge Salas Real Estate", slug: "jorge-salas", ghlLocationIds: ["loc_jorge_rc"] });
    expect(data.markets.map((m) => m.type)).toEqual(["primary", "adjacent", "investment", "luxury", "emerging"]);
    expect(data.users).toHaveLength(10);
    expect(data.seats.length).toBeGreaterThanOrEqual(36);
    expect(data.seats.length).toBeLessThanOrEqual(44);
    expect(data.clients).toHaveLength(600);
    expect(data.interactions.length).toBeGreaterThan(10_000);
    expect(data.transactions.length).toBeGreaterThan(110);
    expect(data.transactions.length).toBeLessThan(200);
    expect(data.escalations.length).toBeGreaterThanOrEqual(10);
    expect(data.qualityFindings.length).toBeGreaterThanOrEqual(12);
    expect(data.outboundMessages.length).toBeGreaterThan(5_000);
    expect(data.conversations.length).toBeGreaterThan(100);
    expect(data.qualificationAnswers.length).toBeGreaterThan(600);
    expect(data.handoffs.length).toBeGreaterThanOrEqual(24);
    expect(data.listings.length).toBeGreaterThan(6_000);
    expect(data.performanceSnapshots).toHaveLength(data.seats.length * 12);
    expect(data.appointments.length).toBeGreaterThan(60);
    expect(data.seatNotices.length).toBeGreaterThan(5);
    expect(data.settings.map((s) => s.key).sort()).toEqual(["escalations.sla", "followUp.cadence", "handoffs.limits", "offers.timeoutSeconds", "routing.weights"]);
  });

  it("places every client in a ZIP of their market", () => {
    const zips = new Map(data.markets.map((m) => [m.id, m.zipCodes]));
    for (const c of data.clients) expect(zips.get(c.marketId!), c.id).toContain(c.postalCode);
  });

  it("keeps temperature consistent with the lead score", () => {
    for (const c of data.clients) {
      const score = c.leadScore!;
      expect(c.temperature, `${score}`).toBe(score >= 80 ? "hot" : score >= 40 ? "warm" : "cold");
      expect(c.tags).toContain(c.temperature);
    }
  });

  it("gives every client past New Lead an owner whose role and markets fit", () => {
    const seats = new Map(data.seats.map((s) => [s.id!, s]));
    const covers = new Set(data.seatMarkets.map((sm) => `${sm.seatId}:${sm.marketId}`));
    for (const c of data.clients) {
      if (c.stage === "New Lead") {
        expect(c.ownerSeatId).toBeNull();
        continue;
      }
      const seat = seats.get(c.ownerSeatId!);
      expect(seat, c.id).toBeDefined();
      expect(covers.has(`${seat!.id}:${c.marketId}`)).toBe(true);
      const allowed = c.tags!.includes("jorge-personal") ? ["overseer", ...ownerRoles(c.pipeline, c.stage === "Lost" ? "Qualifying" : c.stage!)] : ownerRoles(c.pipeline, c.stage === "Lost" ? "Qualifying" : c.stage!);
      expect(allowed, `${c.stage} owned by ${seat!.role}`).toContain(seat!.role);
    }
  });

  it("never exceeds a seat's capacity and keeps the unique active-assignment rules", () => {
    expectCapacityRespected(data);
    const leads = new Set<string>();
    const pairs = new Set<string>();
    for (const a of data.assignments) {
      if (!active.has(a.state!)) continue;
      const pair = `${a.clientId}:${a.seatId}`;
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
      if (a.teamRole !== "lead") continue;
      expect(leads.has(a.clientId), a.clientId).toBe(false);
      leads.add(a.clientId);
    }
    expect(data.assignments.filter((a) => a.state === "offered").every((a) => a.expiresAt!.getTime() > asOf.getTime())).toBe(true);
  });

  it("respects capacity at a larger scale by leaving the overflow unowned", () => {
    const big = generateSeed({ seed: 7, asOf, clients: 5_000 });
    expectCapacityRespected(big);
    expect(big.clients.filter((c) => c.stage === "New Lead" && !c.ownerSeatId).length).toBeGreaterThan(1_000);
  });

  it("gives closed listings a price and a close date on or after the contract date", () => {
    const closed = data.listings.filter((l) => l.standardStatus === "Closed");
    expect(closed.length).toBeGreaterThan(5_000);
    for (const l of closed) {
      expect(l.closePrice).toBeGreaterThan(0);
      expect(l.closeDate! >= l.listingContractDate).toBe(true);
    }
    expect(new Set(data.listings.map((l) => l.listingKey)).size).toBe(data.listings.length);
  });

  it("centres closed prices on each market's median", () => {
    for (const def of MARKET_DEFINITIONS) {
      const market = data.markets.find((m) => m.slug === def.slug)!;
      const prices = data.listings.filter((l) => l.marketId === market.id && l.standardStatus === "Closed").map((l) => l.closePrice!);
      const ratio = median(prices) / def.medianPrice;
      expect(ratio, def.slug).toBeGreaterThan(0.85);
      expect(ratio, def.slug).toBeLessThan(1.15);
    }
  });
});
