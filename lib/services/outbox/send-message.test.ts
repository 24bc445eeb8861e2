import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { interactions, outboundMessages } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { startFakeGhlServer, type FakeGhlServer } from "../ghl/testing/fake-ghl-server";
import { removeGhlToken } from "../settings/ghl-tokens";
import { setSendLimiter } from "./location-limiter";
import { submitOutboundMessage } from "./queue-message";
import { MAX_DELAY_MS, MAX_SEND_ATTEMPTS, SEND_LEASE_MS } from "./retry-policy";
import { OUTCOME_UNKNOWN, SENDING_MARK, sendOutboundMessage } from "./send-message";
import { sweepOutbox } from "./sweep";
import { createOutboxFixture, OUTBOX_LOCATION, OUTBOX_TOKEN, REVIEWERS, type OutboxFixture, stubOutboxEnv } from "./testing/outbox-fixture";


const T0 = new Date("2026-12-01T18:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describeEachDriver("sending the outbox through GoHighLevel", ({ db }) => {
  let fx: OutboxFixture;
  let ghl: FakeGhlServer;
  beforeAll(async () => {
    stubOutboxEnv();
    ghl = await startFakeGhlServer();
    ghl.acceptTokens(OUTBOX_TOKEN);
    fx = await createOutboxFixture(db());
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await ghl.close();
  });
  afterEach(() => setSendLimiter(null));
  const options = (now: Date, over: { timeoutMs?: number } = {}) => ({ now, baseUrl: ghl.baseUrl, random: () => 0.5, ...over });
  const queued = async (body = "Hi Lucia, your showing is confirmed.") => {
    const r = await submitOutboundMessage(db(), fx.draft({ body }), T0, { review: REVIEWERS.clean });
    if (!r.ok) throw new Error(r.error);
    return r.data.message;
  };
  const send = (id: string, now: Date, over: { timeoutMs?: number } = {}) => sendOutboundMessage(db(), { organizationId: fx.organizationId, outboundMessageId: id }, options(now, over));
  const row = async (id: string) => (await db().select().from(outboundMessages).where(eq(outboundMessages.id, id)))[0]!;
  const callsFor = (body: string) => ghl.received.filter((r) => r.body.message === body);

  it("delivers a queued message once, with the location's token, and records GHL's ids on the row and its timeline", async () => {
    const m = await queued("Delivered exactly once");
    expect(await send(m.id, at(1000))).toBe("sent");
    const [call] = callsFor("Delivered exactly once");
    expect(call).toMatchObject({ token: OUTBOX_TOKEN, body: { type: "SMS", contactId: fx.lucia.ghlContactId, message: "Delivered exactly once" } });
    const sent = await row(m.id);
    expect(sent).toMatchObject({ state: "sent", attempts: 1, sentAt: at(1000), lastError: null, nextAttemptAt: null, ghlMessageId: call!.messageId, ghlConversationId: `conv_${fx.lucia.ghlContactId}` });
    const [timeline] = await db().select().from(interactions).where(eq(interactions.id, sent.interactionId!));
    expect(timeline).toMatchObject({ externalId: call!.messageId, occurredAt: at(1000) });
    expect(await send(m.id, at(2000))).toBe("not_due");
    expect(callsFor("Delivered exactly once")).toHaveLength(1);
  });

  it("sends exactly once when the job runs twice at once and a sweep runs beside them", async () => {
    const m = await queued("Two workers, one text");
    const outcomes = await Promise.all([send(m.id, at(1000)), send(m.id, at(1000)), sweepOutbox(db(), options(at(1000)))]);
    const [one, two, sweep] = outcomes;
    expect([one, two].filter((o) => o === "sent").length + (sweep.sent ?? 0)).toBe(1);
    expect(callsFor("Two workers, one text")).toHaveLength(1);
    expect((await row(m.id)).state).toBe("sent");
  });

  it("honors a 429's Retry-After, without counting it as an attempt", async () => {
    const m = await queued("Slow down");
    ghl.fail({ status: 429, retryAfter: "120" });
    expect(await send(m.id, at(0))).toBe("rate_limited");
    const waiting = await row(m.id);
    expect(waiting).toMatchObject({ state: "queued", attempts: 0, lastError: expect.stringContaining("asked to wait 120 s") });
    expect(waiting.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(at(120_000).getTime());
    expect(await send(m.id, at(60_000))).toBe("not_due");
    expect(await send(m.id, at(121_000))).toBe("sent");
    expect(callsFor("Slow down").map((c) => c.answeredWith)).toEqual([429, 200]);
  });

  it("retries through an outage of 500s with backoff, then sends: nothing lost, nothing twice", async () => {
    const m = await queued("Through the outage");
    ghl.fail({ status: 500 }, 2);
    expect(await send(m.id, at(0))).toBe("retrying");
    const first = await row(m.id);
    expect(first).toMatchObject({ state: "queued", attempts: 1, lastError: expect.stringContaining(`Attempt 1 of ${MAX_SEND_ATTEMPTS} failed (500)`) });
    expect(first.nextAttemptAt!.getTime()).toBeGreaterThan(at(0).getTime());
    expect(await sweepOutbox(db(), options(at(1000)))).not.toHaveProperty("sent");
    expect(await sweepOutbox(db(), options(at(MAX_DELAY_MS)))).toMatchObject({ retrying: 1 });
    expect(await sweepOutbox(db(), options(at(2 * MAX_DELAY_MS)))).toMatchObject({ sent: 1 });
    expect(callsFor("Through the outage").map((c) => c.answeredWith)).toEqual([500, 500, 200]);
    expect(await row(m.id)).toMatchObject({ state: "sent", attempts: 3 });
  });

  it("fails after the last attempt of a long outage, with the last error in words", async () => {
    const m = await queued("Never got through");
    ghl.fail({ status: 503, message: "Service Unavailable" }, MAX_SEND_ATTEMPTS);
    for (let i = 0; i < MAX_SEND_ATTEMPTS; i++) await send(m.id, at(i * MAX_DELAY_MS));
    expect(await row(m.id)).toMatchObject({ state: "failed", attempts: MAX_SEND_ATTEMPTS, nextAttemptAt: null, failedAt: at((MAX_SEND_ATTEMPTS - 1) * MAX_DELAY_MS), lastError: `Gave up after ${MAX_SEND_ATTEMPTS} attempts; the last: Service Unavailable` });
    expect(await sweepOutbox(db(), options(at(100 * MAX_DELAY_MS)))).toEqual({});
    expect(callsFor("Never got through")).toHaveLength(MAX_SEND_ATTEMPTS);
  });

  it("fails at once on a 4xx other than 408 and 429, with GoHighLevel's message", async () => {
    const m = await queued("Refused outright");
    ghl.fail({ status: 422, message: "Contact has DND enabled for SMS" });
    expect(await send(m.id, at(0))).toBe("failed");
    expect(await row(m.id)).toMatchObject({ state: "failed", attempts: 1, lastError: "GoHighLevel refused it (422): Contact has DND enabled for SMS" });
  });

  it("never resends a send whose answer never came: a hang, or a worker that died after claiming", async () => {
    const hung = await queued("GHL went quiet");
    ghl.fail({ hang: true });
    expect(await send(hung.id, at(0), { timeoutMs: 200 })).toBe("failed");
    expect((await row(hung.id)).lastError).toContain(OUTCOME_UNKNOWN);

    const orphan = await queued("The worker died mid-send");
    await db().update(outboundMessages).set({ attempts: 1, nextAttemptAt: at(SEND_LEASE_MS), lastError: `${SENDING_MARK} since ${T0.toISOString()} (attempt 1 of ${MAX_SEND_ATTEMPTS})` }).where(eq(outboundMessages.id, orphan.id));
    expect(await sweepOutbox(db(), options(at(SEND_LEASE_MS / 2)))).toEqual({});
    expect(await sweepOutbox(db(), options(at(SEND_LEASE_MS + 1)))).toEqual({ failed: 1 });
    expect(await row(orphan.id)).toMatchObject({ state: "failed", lastError: OUTCOME_UNKNOWN });
    expect(callsFor("GHL went quiet")).toHaveLength(1);
    expect(callsFor("The worker died mid-send")).toHaveLength(0);
  });

  it("keeps to the per-location limit in this process, and sends the rest when a place frees up", async () => {
    setSendLimiter(2, 1);
    const ms = [await queued("Burst 1"), await queued("Burst 2"), await queued("Burst 3")];
    const outcomes = [];
    for (const m of ms) outcomes.push(await send(m.id, at(0)));
    expect(outcomes).toEqual(["sent", "sent", "rate_limited"]);
    const third = await row(ms[2]!.id);
    expect(third).toMatchObject({ state: "queued", attempts: 0, lastError: expect.stringContaining("limit of 100 sends per 10 s") });
    expect(third.nextAttemptAt!.getTime()).toBeGreaterThan(at(0).getTime());
    expect(callsFor("Burst 3")).toHaveLength(0);
  });

  it("stops at not connected when the token is removed before the send", async () => {
    const m = await queued("No token any more");
    expect((await removeGhlToken(db(), fx.as.jorge, { locationId: OUTBOX_LOCATION })).ok).toBe(true);
    expect(await send(m.id, at(0))).toBe("not_connected");
    expect(await row(m.id)).toMatchObject({ state: "not_connected", attempts: 0, lastError: expect.stringContaining("No GoHighLevel token for location") });
    expect(callsFor("No token any more")).toHaveLength(0);
  });
});
