import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { clients, correctiveActions, interactions, outboundMessages, qualityFindings } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { qualityByDay, qualityCounts, qualityFindingCounts } from "./quality";
import { correctiveActionList, openActionCounts, seatMessages } from "./quality-seats";

const LA = "America/Los_Angeles";
const now = new Date("2026-12-01T20:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
const period = { from: new Date("2026-11-24T08:00:00Z"), to: new Date("2026-12-02T08:00:00Z") };

describeEachDriver("quality report reads", ({ db }) => {
  let team: TeamFixture;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    const org = team.organizationId;
    const alice = team.aliceSeat.id;
    const bob = team.bobSeat.id;
    await db().update(clients).set({ satisfaction: 0.8 }).where(eq(clients.id, team.aliceClient.id));
    await db().update(clients).set({ satisfaction: 0.4 }).where(eq(clients.id, team.bobClient.id));
    const verdict = { allowed: true, fairHousing: "ok", findings: [] };
    const msg = (seatId: string, key: string, at: Date, extra: Partial<typeof outboundMessages.$inferInsert> = {}) => ({
      organizationId: org, seatId, clientId: seatId === alice ? team.aliceClient.id : team.bobClient.id, authorKind: "ai", channel: "sms", body: "Hi, is Saturday good for a showing?",
      idempotencyKey: key, verdict, allowed: true, fairHousing: "ok", state: "sent", createdAt: at, ...extra,
    });
    const rows = await db().insert(outboundMessages).values([
      msg(alice, "a1", minutes(-60)),
      msg(alice, "a2", minutes(-50), { body: "No kids please, adults only", allowed: false, fairHousing: "block", state: "blocked" }),
      msg(alice, "a3", minutes(-40), { body: "Great for families!", allowed: false, fairHousing: "warn", state: "held" }),
      msg(alice, "a4", minutes(-30), { body: "Great for families, yes!!", allowed: false, fairHousing: "warn", state: "sent", overriddenAt: minutes(-29), overriddenByUserId: team.overseer.id }),
      msg(bob, "b1", minutes(-20)),
      msg(bob, "b2", minutes(-15_000)),
    ]).returning({ id: outboundMessages.id, key: outboundMessages.idempotencyKey });
    const idOf = (k: string) => rows.find((r) => r.key === k)!.id;
    const finding = (k: string, seatId: string, rule: string, level: string, code: string, excerpt: string) => ({
      organizationId: org, outboundMessageId: idOf(k), seatId, clientId: team.aliceClient.id, rule, level, code, excerpt, message: "explained", createdAt: minutes(-45),
    });
    await db().insert(qualityFindings).values([
      finding("a2", alice, "fair_housing", "block", "familial_status", "No kids"),
      finding("a3", alice, "fair_housing", "warn", "familial_status", "families"),
      finding("a4", alice, "tone", "warn", "exclamations", "!!"),
      finding("b1", bob, "methodology", "info", "question_order", "Saturday"),
    ]);
    const says = (clientId: string, seatId: string | null, direction: string, at: Date) => ({ organizationId: org, clientId, seatId, channel: "sms", direction, body: "text", occurredAt: at });
    await db().insert(interactions).values([
      says(team.aliceClient.id, null, "inbound", minutes(-300)),
      says(team.aliceClient.id, null, "inbound", minutes(-290)),
      says(team.aliceClient.id, alice, "outbound", minutes(-280)),
      says(team.aliceClient.id, null, "inbound", minutes(-100)),
      says(team.aliceClient.id, alice, "outbound", minutes(-40)),
      says(team.bobClient.id, null, "inbound", minutes(-30)),
      says(team.bobClient.id, bob, "outbound", minutes(-28)),
    ]);
    await db().insert(correctiveActions).values([
      { organizationId: org, seatId: alice, kind: "coaching_note", note: "Describe the home, not the buyers", followUpAt: minutes(-1), createdAt: minutes(-20_000) },
      { organizationId: org, seatId: alice, kind: "template_change", templateKey: "seller.intro", note: "New intro", followUpAt: minutes(600) },
      { organizationId: org, seatId: bob, kind: "coaching_note", note: "Done", followUpAt: minutes(-600), followedUpAt: minutes(-5), outcome: "improved" },
    ]);
  });

  it("counts reviewed, blocked, warned and sent-anyway messages and rubric adherence per seat and for the team, in the period only", async () => {
    const counts = await qualityCounts(db(), { organizationId: team.organizationId, ...period });
    expect(counts.get(team.aliceSeat.id)).toMatchObject({ reviewed: 4, blocked: 1, warned: 2, sentAnyway: 1, onRubric: 3 });
    expect(counts.get(team.bobSeat.id)).toMatchObject({ reviewed: 1, blocked: 0, warned: 0, onRubric: 0 });
    expect(counts.get("team")).toMatchObject({ reviewed: 5, blocked: 1, warned: 2, sentAnyway: 1, onRubric: 3 });
  });

  it("times each reply from the first of the client's unanswered messages, with median and p90, and averages the owned clients' satisfaction", async () => {
    const counts = await qualityCounts(db(), { organizationId: team.organizationId, ...period });
    expect(counts.get(team.aliceSeat.id)).toMatchObject({ replies: 2, replyP50Seconds: 2_400, satisfaction: 0.8, satisfactionClients: 1 });
    expect(counts.get(team.aliceSeat.id)!.replyP90Seconds).toBeCloseTo(3_360);
    expect(counts.get("team")).toMatchObject({ replies: 3, replyP50Seconds: 1_200, satisfactionClients: 2 });
    expect(counts.get("team")!.satisfaction).toBeCloseTo(0.6);
    const one = await qualityCounts(db(), { organizationId: team.organizationId, ...period, seatId: team.bobSeat.id });
    expect([...one.keys()].sort()).toEqual([team.bobSeat.id, "team"].sort());
    expect(one.get("team")).toMatchObject({ reviewed: 1, replies: 1, replyP50Seconds: 120, satisfaction: 0.4 });
  });

  it("counts findings by rule, category and level, and messages and findings per local day", async () => {
    const findings = await qualityFindingCounts(db(), { organizationId: team.organizationId, ...period });
    expect(findings.get("team")!.find((f) => f.code === "familial_status" && f.level === "warn")).toMatchObject({ rule: "fair_housing", count: 1 });
    expect(findings.get(team.bobSeat.id)).toEqual([{ rule: "methodology", code: "question_order", level: "info", count: 1 }]);
    const days = await qualityByDay(db(), { organizationId: team.organizationId, ...period }, LA);
    expect(days).toEqual([{ day: "2026-12-01", reviewed: 5, blocked: 1, warned: 2, findings: 4 }]);
  });

  it("lists a seat's messages newest first with their findings, flagged ones alone when asked", async () => {
    const scope = { organizationId: team.organizationId, ...period, seatId: team.aliceSeat.id };
    const all = await seatMessages(db(), scope);
    expect(all.map((m) => m.state)).toEqual(["sent", "held", "blocked", "sent"]);
    expect(all[2]!.findings).toEqual([{ rule: "fair_housing", level: "block", code: "familial_status", excerpt: "No kids", message: "explained", suggestion: null }]);
    expect((await seatMessages(db(), scope, { flagged: true })).length).toBe(3);
  });

  it("counts open and due corrective actions per seat and lists them", async () => {
    const counts = await openActionCounts(db(), team.organizationId, now);
    expect(counts.get(team.aliceSeat.id)).toEqual({ open: 2, due: 1 });
    expect(counts.get(team.bobSeat.id)).toBeUndefined();
    const open = await correctiveActionList(db(), team.organizationId, { open: true });
    expect(open.map((a) => a.kind)).toEqual(["coaching_note", "template_change"]);
    const bobs = await correctiveActionList(db(), team.organizationId, { seatId: team.bobSeat.id });
    expect(bobs.map((a) => [a.outcome, a.seatName])).toEqual([["improved", "Bob Agent"]]);
  });
});
