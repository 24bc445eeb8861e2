import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { assignments, clientRequests, clients, seatSkills, seats } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { routeExistingClient } from "./route-existing-client";

describeEachDriver("finding a team for a client on file", ({ db }) => {
  let team: TeamFixture;
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  let clientId: string;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
    const [c] = await db().insert(clients).values({ organizationId: team.organizationId, firstName: "Nora", phone: "+19095550123", type: "buyer", pipeline: "buyer", marketId: team.market.id, postalCode: "91701" }).returning();
    clientId = c!.id;
  });

  it("routes the client through the coordinator and records the request once per minute", async () => {
    const now = new Date();
    expect(await routeExistingClient(db(), jorge, clientId, now)).toMatchObject({ ok: true });
    const lead = await db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.teamRole, "lead")));
    expect(lead).toHaveLength(1);
    expect(lead[0]).toMatchObject({ seatId: team.aliceSeat.id, state: "offered" });
    await routeExistingClient(db(), jorge, clientId, now);
    const [{ n }] = (await db().select({ n: sql<number>`count(*)::int` }).from(clientRequests).where(eq(clientRequests.clientId, clientId))) as [{ n: number }];
    expect(n).toBe(1);
    expect(await db().select().from(clients).where(eq(clients.phone, "+19095550123"))).toHaveLength(1);
  });

  it("skips a seat already on the client's team instead of failing, and says in words what it did", async () => {
    const [dora] = await db().insert(seats).values({ organizationId: team.organizationId, name: "Dora Buyer", kind: "human", role: "buyer_specialist", capacity: 10 }).returning();
    const [c] = await db().insert(clients).values({ organizationId: team.organizationId, firstName: "Omar", phone: "+19095550177", type: "buyer", pipeline: "buyer", marketId: team.market.id, postalCode: "91701" }).returning();
    // Alice, the strongest buyer specialist, still supports Omar from an earlier team whose lead declined.
    await db().insert(seatSkills).values(["buyer_consultation", "financing_coordination", "showing_coordination"].map((skill) => ({ organizationId: team.organizationId, seatId: team.aliceSeat.id, skill, proficiency: 1 })));
    await db().insert(assignments).values({ organizationId: team.organizationId, clientId: c!.id, seatId: team.aliceSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: new Date() });
    const r = await routeExistingClient(db(), jorge, c!.id);
    expect(r).toEqual({ ok: true, data: { status: "routed", lead: { seatName: "Dora Buyer", state: "offered" }, supports: 1, escalation: null } });
    const lead = await db().select().from(assignments).where(and(eq(assignments.clientId, c!.id), eq(assignments.teamRole, "lead")));
    expect(lead.map((a) => a.seatId)).toEqual([dora!.id]);

    const again = await routeExistingClient(db(), jorge, c!.id, new Date(Date.now() + 120_000));
    expect(again).toEqual({ ok: false, status: 409, error: "Omar already has a lead: Dora Buyer (offer pending). Nothing changed; to move the client, hand them off from the Team panel." });
  });

  it("explains in words when nobody can lead, and never shows the database's message", async () => {
    const [c] = await db().insert(clients).values({ organizationId: team.organizationId, firstName: "Yuna", phone: "+19095550178", type: "buyer", pipeline: "buyer", marketId: team.market.id, language: "ko" }).returning();
    const r = await routeExistingClient(db(), jorge, c!.id);
    expect(r).toMatchObject({ ok: true, data: { status: "escalated", lead: null, escalation: expect.stringMatching(/^no available buyer specialist speaks Korean/) } });
    expect(JSON.stringify(r)).not.toMatch(/insert into|Failed query|violates/i);
  });

  it("is refused to a team member and for unknown clients", async () => {
    expect(await routeExistingClient(db(), alice, clientId)).toMatchObject({ ok: false, status: 403 });
    expect(await routeExistingClient(db(), jorge, "00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false, status: 404 });
    expect(await routeExistingClient(db(), jorge, "nope")).toMatchObject({ ok: false, status: 400 });
  });
});
