import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { respondToOffer } from "@/lib/services/offers/respond-to-offer";
import { assignments, clientRequests, clients, interactions } from "../schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { recentActivity } from "./activity";
import { listClients } from "./clients";
import { getClientTimeline } from "./client-timeline";
import { speedToLeadRows } from "./speed-to-lead";

const T0 = new Date("2026-11-25T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("activity feed, speed to lead and the client timeline", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    const [request] = await db().insert(clientRequests).values({ organizationId: fx.organizationId, clientId: fx.bobClient.id, source: "form", idempotencyKey: "k1", payload: {}, status: "routed", receivedAt: at(0) }).returning();
    const offer = await insertOffer(db(), fx, { clientId: fx.bobClient.id, seatId: fx.carlSeat.id, teamRole: "support", expiresAt: at(10), offeredAt: at(1) });
    await db().update(assignments).set({ requestId: request!.id }).where(eq(assignments.id, fx.leads[1]!.id));
    await respondToOffer(db(), fx.as.carl, { assignmentId: offer.id, answer: "accept" }, at(2));
    await db().insert(interactions).values([
      { organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, channel: "note", direction: "internal", body: "Internal only", occurredAt: at(1) },
      { organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, channel: "sms", direction: "outbound", body: "Hi Sam, Bob here.", occurredAt: at(3) },
    ]);
  });

  it("lists offer changes for everyone, and only their clients' for a team member", async () => {
    const all = await recentActivity(db(), { organizationId: fx.organizationId, seatId: null, all: true });
    expect(all[0]).toMatchObject({ type: "assignment.accepted", summary: "Carl Closer accepted a support place on Sam Seller", clientId: fx.bobClient.id });
    const alice = await recentActivity(db(), { organizationId: fx.organizationId, seatId: fx.aliceSeat.id, all: false });
    expect(alice.filter((a) => a.clientId === fx.bobClient.id)).toEqual([]);
  });

  it("measures speed to lead from arrival to the first message, ignoring notes", async () => {
    const rows = await speedToLeadRows(db(), { organizationId: fx.organizationId, seatId: null, all: true }, at(60));
    expect(rows).toEqual([{ seatId: fx.bobSeat.id, receivedAt: at(0), firstActionAt: at(3) }]);
    expect(await speedToLeadRows(db(), { organizationId: fx.organizationId, seatId: fx.aliceSeat.id, all: false }, at(60))).toEqual([]);
  });

  it("puts messages and every offer change on the client's timeline, newest first", async () => {
    const timeline = await getClientTimeline(db(), fx.organizationId, fx.bobClient.id);
    expect(timeline.map((t) => [t.kind, t.title])).toEqual([
      ["message", "SMS to the client"],
      ["offer", "Accepted by Carl Closer"],
      ["message", "Note"],
    ]);
  });

  it("filters the client list to clients who need a team or wait on an offer", async () => {
    const [lonely] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Nadia", lastName: "Nobody", email: "nadia@example.com", type: "buyer", pipeline: "buyer" }).returning();
    const [waiting] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Wes", lastName: "Waiting", email: "wes@example.com", type: "buyer", pipeline: "buyer" }).returning();
    await insertOffer(db(), fx, { clientId: waiting!.id, seatId: fx.aliceSeat.id, expiresAt: at(30) });
    const scope = { organizationId: fx.organizationId, seatId: null, all: true };
    expect((await listClients(db(), scope, { team: "none" })).rows.map((r) => r.firstName)).toEqual(["Nadia"]);
    expect((await listClients(db(), scope, { team: "pending" })).rows.map((r) => r.id)).toEqual([waiting!.id]);
    expect(lonely).toBeDefined();
  });
});
