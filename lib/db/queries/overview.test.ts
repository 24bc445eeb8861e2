import { beforeAll, expect, it } from "vitest";
import { assignments, escalations, listings } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { escalationCounts } from "./escalations";
import { getMarketSummaries, getOpenEscalationCounts, getPipelineCounts, getSeatLoads } from "./overview";
import type { ClientScope } from "./scope";

const now = new Date("2026-11-25T18:00:00Z");

describeEachDriver("overview queries", ({ db }) => {
  let team: TeamFixture;
  let all: ClientScope;
  let alice: ClientScope;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    all = { organizationId: team.organizationId, seatId: null, all: true };
    alice = { organizationId: team.organizationId, seatId: team.aliceSeat.id, all: false };
    const sale = { organizationId: team.organizationId, marketId: team.market.id, propertyType: "Residential", livingArea: 1800, bedroomsTotal: 3, bathroomsTotalInteger: 2, unparsedAddress: "1 A St", postalCode: "91701", city: "Rancho Cucamonga", latitude: 34.1, longitude: -117.6, daysOnMarket: 20 };
    await db().insert(listings).values([
      { ...sale, listingKey: "S1", standardStatus: "Closed", listPrice: 800_000, closePrice: 800_000, listingContractDate: "2026-09-01", closeDate: "2026-10-01" },
      { ...sale, listingKey: "S2", standardStatus: "Closed", listPrice: 900_000, closePrice: 900_000, listingContractDate: "2026-09-01", closeDate: "2026-10-05" },
      { ...sale, listingKey: "S3", standardStatus: "Closed", listPrice: 500_000, closePrice: 500_000, listingContractDate: "2025-01-01", closeDate: "2025-02-01" },
      { ...sale, listingKey: "A1", standardStatus: "Active", listPrice: 950_000, listingContractDate: "2026-11-01" },
    ]);
    await db().insert(assignments).values({ organizationId: team.organizationId, clientId: team.aliceClient.id, seatId: team.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: now });
    await db().insert(escalations).values([
      { organizationId: team.organizationId, clientId: team.bobClient.id, trigger: "human_requested", severity: "high", summary: "wants Jorge", ackDueAt: new Date(now.getTime() - 60_000), resolveDueAt: new Date(now.getTime() + 3_600_000) },
      { organizationId: team.organizationId, clientId: team.aliceClient.id, trigger: "distress_words", severity: "medium", summary: "divorce", ackDueAt: new Date(now.getTime() + 60_000), resolveDueAt: new Date(now.getTime() + 3_600_000) },
    ]);
  });

  it("count clients per stage within the scope", async () => {
    expect(await getPipelineCounts(db(), all)).toHaveLength(2);
    expect(await getPipelineCounts(db(), alice)).toEqual([{ pipeline: "buyer", stage: "New Lead", clients: 1 }]);
  });

  it("show each seat's active load, and only their own to a team member", async () => {
    const loads = await getSeatLoads(db(), all);
    expect(loads.find((s) => s.id === team.aliceSeat.id)).toMatchObject({ active: 1, capacity: 10 });
    expect(loads.find((s) => s.id === team.bobSeat.id)).toMatchObject({ active: 0 });
    expect((await getSeatLoads(db(), alice)).map((s) => s.id)).toEqual([team.aliceSeat.id]);
  });

  it("summarize each market's supply and the median of recent sales", async () => {
    const [market] = await getMarketSummaries(db(), all, now);
    expect(market).toMatchObject({ name: "Rancho Cucamonga", activeListings: 1, closedSales90d: 2, medianClose90d: 850_000, clients: 2 });
  });

  it("count open and overdue escalations, a team member's only on their clients", async () => {
    expect(await getOpenEscalationCounts(db(), all, now)).toEqual({ open: 2, overdue: 1 });
    expect(await getOpenEscalationCounts(db(), alice, now)).toEqual({ open: 1, overdue: 0 });
  });

  it("agree with the escalations inbox on what is unresolved and what is overdue", async () => {
    const hour = 3_600_000;
    await db().insert(escalations).values([
      { organizationId: team.organizationId, clientId: team.bobClient.id, trigger: "fallback_exhausted", severity: "critical", status: "acknowledged", acknowledgedAt: new Date(now.getTime() - 2 * hour), summary: "nobody took Sam", ackDueAt: new Date(now.getTime() - 3 * hour), resolveDueAt: new Date(now.getTime() - hour), createdAt: new Date(now.getTime() - 4 * hour) },
      { organizationId: team.organizationId, clientId: team.bobClient.id, trigger: "deadline_at_risk", severity: "high", status: "resolved", acknowledgedAt: new Date(now.getTime() - 2 * hour), resolvedAt: new Date(now.getTime() - hour), resolution: "Deadline met", summary: "loan contingency", ackDueAt: new Date(now.getTime() - 3 * hour), resolveDueAt: new Date(now.getTime() - 2 * hour), createdAt: new Date(now.getTime() - 4 * hour) },
    ]);
    const overview = await getOpenEscalationCounts(db(), all, now);
    const inbox = await escalationCounts(db(), team.organizationId, now);
    expect(overview).toEqual({ open: 3, overdue: 2 });
    expect({ open: inbox.unresolved, overdue: inbox.overdue }).toEqual(overview);
  });
});
