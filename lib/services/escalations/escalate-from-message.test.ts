import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ESCALATION_SLA } from "@/lib/domain/settings/defaults";
import { clients, escalationNotes, escalations, interactions, threadMessages } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { submitClientRequest } from "../submit-client-request";
import type { RoutingSettings } from "../intake/routing-settings";
import { escalateFromMessage } from "./escalate-from-message";

const T0 = new Date("2026-11-25T18:00:00Z");
const settings = { escalationSla: ESCALATION_SLA } as RoutingSettings;

describeEachDriver("escalations raised by a client's message", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });
  const run = (clientId: string, text: string) =>
    db().transaction(async (tx) => {
      const [client] = await tx.select().from(clients).where(eq(clients.id, clientId));
      return escalateFromMessage(tx, client!, text, settings, T0);
    });

  it("raises a request for a person and distress, and folds a repeat into a note", async () => {
    expect(await run(fx.aliceClient.id, "Can I talk to Jorge? We got a foreclosure notice")).toEqual(["human_requested", "distress_words"]);
    expect(await run(fx.aliceClient.id, "Please, I want a real person")).toEqual(["human_requested"]);
    const open = await db().select().from(escalations).where(eq(escalations.clientId, fx.aliceClient.id));
    expect(open.map((e) => [e.trigger, e.seatId]).sort()).toEqual([["distress_words", fx.aliceSeat.id], ["human_requested", fx.aliceSeat.id]]);
    const human = open.find((e) => e.trigger === "human_requested")!;
    expect((await db().select().from(escalationNotes).where(eq(escalationNotes.escalationId, human.id))).length).toBe(1);
  });

  it("raises an upset client and a run of three unproductive exchanges", async () => {
    const c = fx.bobClient.id;
    await db().insert(interactions).values([1, 2, 3].map((i) => ({ organizationId: fx.organizationId, clientId: c, channel: "sms" as const, direction: "inbound" as const, body: `meh ${i}`, productive: false, occurredAt: new Date(T0.getTime() - i * 60_000) })));
    expect(await run(c, "This is unacceptable, I'm furious nobody called me back")).toEqual(["unproductive_exchanges", "negative_sentiment"]);
  });

  it("asks for disclosure instead of escalating a question about talking to a machine", async () => {
    const [c] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Dora", email: "dora@example.com", type: "buyer", pipeline: "buyer" }).returning();
    expect(await run(c!.id, "Wait, am I talking to a bot?")).toEqual([]);
    const [note] = await db().select().from(threadMessages).where(eq(threadMessages.clientId, c!.id));
    expect(note!.body).toContain("AI assistant");
  });

  it("runs on every inbound message that arrives through intake", async () => {
    const r = await submitClientRequest(db(), fx.organizationId, "api", { contact: { firstName: "Hank", email: "hank@example.com" }, type: "buyer", postalCode: "91730", message: "My attorney says we should sell before the divorce is final", externalId: "hank-1" });
    expect(r.ok).toBe(true);
    const [hank] = await db().select().from(clients).where(eq(clients.email, "hank@example.com"));
    const raised = await db().select().from(escalations).where(and(eq(escalations.clientId, hank!.id), eq(escalations.trigger, "distress_words")));
    expect(raised.length).toBe(1);
  });
});
