import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { readBreakdown, readRunnersUp, runnerUpSeatIds } from "@/components/team/score-breakdown";
import { assignments, clients, markets, seatMarkets, seats, users } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import type { ClientScope } from "./scope";
import { getSeatNames, getSeatPresence, listBoardSeats, listClientAssignments, listRoster, listSeatClients } from "./team-board";

const now = new Date("2026-11-25T18:00:00Z");
const expiry = new Date("2026-11-25T18:15:00Z");

describeEachDriver("team board queries", ({ db }) => {
  let team: TeamFixture;
  let all: ClientScope;
  let alice: ClientScope;
  let fontanaId: string;
  let zedId: string;
  let umaId: string;
  let patId: string;
  const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

  beforeAll(async () => {
    team = await createTeamFixture(db());
    const organizationId = team.organizationId;
    all = { organizationId, seatId: null, all: true };
    alice = { organizationId, seatId: team.aliceSeat.id, all: false };
    const [fontana] = await db().insert(markets).values({ organizationId, name: "Fontana", slug: "fontana", type: "adjacent", zipCodes: ["92335"], county: "San Bernardino", latitude: 34.09, longitude: -117.43, medianPrice: 620_000 }).returning();
    fontanaId = fontana!.id;
    const [zed, uma] = await db().insert(seats).values([
      { organizationId, name: "Zed (AI)", kind: "ai", role: "geographic", capacity: 2 },
      { organizationId, name: "Uma 100% (AI)", kind: "ai", role: "follow_up", capacity: 50, presence: "away" },
    ]).returning();
    zedId = zed!.id;
    umaId = uma!.id;
    await db().insert(seatMarkets).values([
      { organizationId, seatId: team.aliceSeat.id, marketId: team.market.id },
      { organizationId, seatId: team.bobSeat.id, marketId: team.market.id },
      { organizationId, seatId: zedId, marketId: fontanaId },
    ]);
    const [pat] = await db().insert(clients).values({ organizationId, firstName: "Pat", lastName: "Pending", email: "pat@example.com", type: "buyer", pipeline: "buyer" }).returning();
    patId = pat!.id;
    const base = { organizationId, respondedAt: now };
    await db().insert(assignments).values([
      { ...base, clientId: team.aliceClient.id, seatId: team.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted" },
      { organizationId, clientId: patId, seatId: team.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "offered", expiresAt: expiry },
      { ...base, clientId: team.bobClient.id, seatId: team.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "declined", offeredAt: new Date("2026-11-20T00:00:00Z") },
      { ...base, clientId: team.bobClient.id, seatId: team.bobSeat.id, teamRole: "lead", seatRole: "listing_specialist", state: "accepted", score: 0.8,
        scoreBreakdown: { factors: { expertise: 0.9, workload: 0.7, successRate: 0.8, preferenceFit: 1, commission: 0.5 }, contributions: { expertise: 0.27, workload: 0.14, successRate: 0.16, preferenceFit: 0.15, commission: 0.075 },
          explanations: { expertise: "prices homes in Rancho Cucamonga" }, exclusionCounts: { presence: 1, capacity: 2, market: 0 }, note: null },
        runnersUp: [{ seatId: zedId, score: 0.61 }, { seatId: team.aliceSeat.id, score: 0.7 }] },
      { ...base, clientId: team.bobClient.id, seatId: zedId, teamRole: "support", seatRole: "geographic", state: "accepted" },
      { ...base, clientId: team.aliceClient.id, seatId: zedId, teamRole: "support", seatRole: "geographic", state: "accepted" },
      { ...base, clientId: team.bobClient.id, seatId: umaId, teamRole: "support", seatRole: "follow_up", state: "completed", score: 0.695, offeredAt: new Date("2026-10-01T00:00:00Z"),
        scoreBreakdown: { expertise: 0.5, workload: 1, successRate: 0.75, preferenceFit: 0.8, commission: 0.5 }, runnersUp: [{ seatId: "00000000-0000-4000-8000-000000000000", name: "Old seat", score: 0.6 }] },
    ]);
  });

  it("count each seat's load, accepted clients and pending offers with the earliest expiry", async () => {
    const rows = await listBoardSeats(db(), all);
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get("Alice Agent")).toMatchObject({ active: 2, accepted: 1, pending: 1, capacity: 10 });
    expect(byName.get("Alice Agent")!.nextExpiry?.toISOString()).toBe(expiry.toISOString());
    expect(byName.get("Bob Agent")).toMatchObject({ active: 1, accepted: 1, pending: 0, nextExpiry: null });
    expect(byName.get("Zed (AI)")).toMatchObject({ active: 2, accepted: 2, markets: [{ id: fontanaId, name: "Fontana" }] });
    expect(byName.get("Uma 100% (AI)")).toMatchObject({ active: 0, pending: 0, markets: [] });
  });

  it("filter by role, support group, presence, overload, market and name", async () => {
    expect(names(await listBoardSeats(db(), all, { role: "buyer_specialist" }))).toEqual(["Alice Agent"]);
    expect(names(await listBoardSeats(db(), all, { role: "support" }))).toEqual(["Uma 100% (AI)"]);
    expect(names(await listBoardSeats(db(), all, { presence: "away" }))).toEqual(["Uma 100% (AI)"]);
    expect(names(await listBoardSeats(db(), all, { overloaded: true }))).toEqual(["Zed (AI)"]);
    expect(names(await listBoardSeats(db(), all, { marketId: fontanaId }))).toEqual(["Uma 100% (AI)", "Zed (AI)"]);
    expect(names(await listBoardSeats(db(), all, { marketId: team.market.id }))).toEqual(["Alice Agent", "Bob Agent", "Uma 100% (AI)"]);
    expect(names(await listBoardSeats(db(), all, { q: "  bob " }))).toEqual(["Bob Agent"]);
    expect(names(await listBoardSeats(db(), all, { q: "100%" }))).toEqual(["Uma 100% (AI)"]);
    expect(await listBoardSeats(db(), all, { q: "%", role: "geographic" })).toEqual([]);
  });

  it("list a seat's active clients, pending offers first, without declined ones", async () => {
    const rows = await listSeatClients(db(), all, [team.aliceSeat.id]);
    expect(rows.map((r) => [r.firstName, r.state, r.teamRole])).toEqual([["Pat", "offered", "lead"], ["Carmen", "accepted", "lead"]]);
    expect(rows[0]!.expiresAt?.toISOString()).toBe(expiry.toISOString());
  });

  it("show a team member only their own seat and its clients", async () => {
    expect((await listBoardSeats(db(), alice)).map((s) => s.id)).toEqual([team.aliceSeat.id]);
    expect(await listBoardSeats(db(), alice, { role: "listing_specialist" })).toEqual([]);
    const rows = await listSeatClients(db(), alice, [team.aliceSeat.id, team.bobSeat.id, zedId]);
    expect(rows.every((r) => r.seatId === team.aliceSeat.id)).toBe(true);
    expect(rows).toHaveLength(2);
    expect(await listBoardSeats(db(), { ...alice, seatId: null })).toEqual([]);
  });

  it("keep other organizations' seats off the board", async () => {
    const other = await createTeamFixture(db());
    const rows = await listBoardSeats(db(), { organizationId: other.organizationId, seatId: null, all: true });
    expect(names(rows)).toEqual(["Alice Agent", "Bob Agent"]);
    expect(rows.map((r) => r.id)).not.toContain(team.aliceSeat.id);
    expect(await getSeatNames(db(), other.organizationId, [zedId])).toEqual(new Map());
  });

  it("explain a client's assignments from either stored shape, active lead first", async () => {
    const rows = await listClientAssignments(db(), team.organizationId, team.bobClient.id);
    expect(rows.map((r) => [r.seatName, r.state])).toEqual([["Bob Agent", "accepted"], ["Zed (AI)", "accepted"], ["Alice Agent", "declined"], ["Uma 100% (AI)", "completed"]]);
    const seatNames = await getSeatNames(db(), team.organizationId, runnerUpSeatIds(rows.map((r) => r.runnersUp)));
    const lead = readBreakdown(rows[0]!.scoreBreakdown, rows[0]!.score);
    expect(lead.factors.map((f) => f.factor)).toEqual(["expertise", "workload", "successRate", "preferenceFit", "commission"]);
    expect(lead.factors[0]).toEqual({ factor: "expertise", value: 0.9, contribution: 0.27, explanation: "prices homes in Rancho Cucamonga" });
    expect(lead.exclusions).toEqual([{ constraint: "presence", count: 1 }, { constraint: "capacity", count: 2 }]);
    expect(readRunnersUp(rows[0]!.runnersUp, seatNames)).toEqual([{ seatId: team.aliceSeat.id, name: "Alice Agent", score: 0.7 }, { seatId: zedId, name: "Zed (AI)", score: 0.61 }]);
    const older = readBreakdown(rows[3]!.scoreBreakdown, rows[3]!.score);
    expect(older.factors.map((f) => [f.factor, f.value, f.contribution && Math.round(f.contribution * 1000) / 1000])).toEqual([
      ["expertise", 0.5, 0.15], ["workload", 1, 0.2], ["successRate", 0.75, 0.15], ["preferenceFit", 0.8, 0.12], ["commission", 0.5, 0.075],
    ]);
    expect(readRunnersUp(rows[3]!.runnersUp, seatNames)).toEqual([{ seatId: "00000000-0000-4000-8000-000000000000", name: "Old seat", score: 0.6 }]);
    expect(readBreakdown({}, null)).toEqual({ factors: [], note: null, exclusions: [] });
  });

  it("give teammates the roster with roles, languages, markets and presence, and nothing of load or clients", async () => {
    await db().update(users).set({ disabledAt: now }).where(eq(users.id, team.bob.id));
    const roster = await listRoster(db(), team.organizationId);
    await db().update(users).set({ disabledAt: null }).where(eq(users.id, team.bob.id));
    const byName = new Map(roster.map((r) => [r.name, r]));
    expect(byName.get("Alice Agent")).toEqual({ id: team.aliceSeat.id, name: "Alice Agent", kind: "human", role: "buyer_specialist", languages: ["en"], presence: "available", markets: [{ id: team.market.id, name: "Rancho Cucamonga" }] });
    expect(byName.get("Bob Agent")!.presence).toBe("offline");
    expect(byName.get("Uma 100% (AI)")).toMatchObject({ kind: "ai", presence: "away", markets: [] });
    expect(JSON.stringify(roster)).not.toMatch(/Carmen|Pat|capacity|active/);
    expect(await getSeatPresence(db(), team.organizationId, umaId)).toBe("away");
    expect(await getSeatPresence(db(), team.organizationId, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
