import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { clients, outboundMessages } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createOutboxFixture, type OutboxFixture, stubOutboxEnv } from "../outbox/testing/outbox-fixture";
import { deliveryGaps, writeToClient } from "./write-to-client";

const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("a person writing to a client from the console", ({ db }) => {
  let fx: OutboxFixture;
  beforeAll(async () => {
    stubOutboxEnv();
    fx = await createOutboxFixture(db());
  });
  afterAll(() => vi.unstubAllEnvs());
  const rows = (clientId: string) => db().select().from(outboundMessages).where(and(eq(outboundMessages.organizationId, fx.organizationId), eq(outboundMessages.clientId, clientId)));

  it("queues a clean text under the writer's own seat, as a person, once however often the form is sent", async () => {
    const form = { clientId: fx.lucia.id, channel: "sms", body: "Hi Lucia, the showing on Haven Ave is confirmed for Saturday at 10am.", nonce: randomUUID() };
    const first = await writeToClient(db(), fx.as.alice, form, NOW);
    expect(first).toMatchObject({ ok: true, data: { created: true, message: { state: "queued", authorKind: "human", authorUserId: fx.alice.id, seatId: fx.aliceSeat.id, fairHousing: "ok" } } });
    const again = await writeToClient(db(), fx.as.alice, form, NOW);
    expect(again).toMatchObject({ ok: true, data: { created: false } });
    if (!first.ok || !again.ok) throw new Error("expected both to succeed");
    expect(again.data.message.id).toBe(first.data.message.id);
    expect((await rows(fx.lucia.id)).filter((r) => r.body === form.body)).toHaveLength(1);
  });

  it("blocks a Fair Housing violation and holds a warned message, each with the gate's findings", async () => {
    const blocked = await writeToClient(db(), fx.as.alice, { clientId: fx.lucia.id, channel: "sms", body: "This home is perfect for a couple with no kids", nonce: randomUUID() }, NOW);
    expect(blocked).toMatchObject({ ok: true, data: { message: { state: "blocked", fairHousing: "block", interactionId: null } } });
    const held = await writeToClient(db(), fx.as.alice, { clientId: fx.lucia.id, channel: "sms", body: "Great for families, close to parks", nonce: randomUUID() }, NOW);
    expect(held).toMatchObject({ ok: true, data: { message: { state: "held", fairHousing: "warn" } } });
  });

  it("speaks for the overseer's own seat when Jorge writes", async () => {
    const result = await writeToClient(db(), fx.as.jorge, { clientId: fx.lucia.id, channel: "sms", body: "Hi Lucia, Jorge here. The inspection report is in your inbox.", nonce: randomUUID() }, NOW);
    expect(result).toMatchObject({ ok: true, data: { message: { seatId: fx.jorgeSeat.id, authorUserId: fx.overseer.id, state: "queued" } } });
  });

  it("refuses another seat's client as not found, a read-only role, a seatless account and a bad form, sending nothing", async () => {
    const before = (await rows(fx.lucia.id)).length;
    const form = { clientId: fx.lucia.id, channel: "sms", body: "Hello from the team.", nonce: randomUUID() };
    expect(await writeToClient(db(), fx.as.bob, form, NOW)).toMatchObject({ ok: false, status: 404 });
    const readOnly = { ...fx.as.alice, permissions: fx.as.alice.permissions.filter((p) => !p.startsWith("clients.write")) };
    expect(await writeToClient(db(), readOnly, form, NOW)).toMatchObject({ ok: false, status: 403 });
    expect(await writeToClient(db(), { ...fx.as.jorge, seatId: null }, form, NOW)).toMatchObject({ ok: false, status: 403, error: expect.stringContaining("no seat") });
    expect(await writeToClient(db(), fx.as.alice, { ...form, channel: "email" }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("An email needs a subject") });
    expect(await writeToClient(db(), fx.as.alice, { ...form, body: "   " }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("Write the message") });
    expect(await writeToClient(db(), fx.as.alice, { ...form, nonce: "short" }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("nonce") });
    expect((await rows(fx.lucia.id)).length).toBe(before);
  });

  it("says why a saved message was not sent: a client without a GoHighLevel contact id, a location without a token", async () => {
    const [walkIn] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Walk", lastName: "In", phone: "+19095550123", type: "buyer", pipeline: "buyer", marketId: fx.market.id, ownerSeatId: fx.aliceSeat.id, smsConsent: true }).returning();
    const result = await writeToClient(db(), fx.as.jorge, { clientId: walkIn!.id, channel: "sms", body: "Hi, Jorge here. Thanks for stopping by the open house.", nonce: randomUUID() }, NOW);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.message.state).toBe("not_connected");
    expect(await deliveryGaps(db(), result.data.message)).toEqual({ noContact: true, noConnection: false });
    expect(await deliveryGaps(db(), { ...result.data.message, ghlLocationId: "loc_without_token" })).toEqual({ noContact: true, noConnection: true });
    expect(await deliveryGaps(db(), { ...result.data.message, state: "queued" })).toEqual({ noContact: false, noConnection: false });
  });
});
