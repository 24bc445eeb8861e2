import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { clients, interactions, outboundMessages, qualityFindings } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { removeGhlToken } from "../settings/ghl-tokens";
import { queueOutboundMessage, submitOutboundMessage } from "./queue-message";
import { createOutboxFixture, OUTBOX_LOCATION, REVIEWERS, type OutboxFixture, stubOutboxEnv } from "./testing/outbox-fixture";


const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("queueing a message in the outbox", ({ db }) => {
  let fx: OutboxFixture;
  beforeAll(async () => {
    stubOutboxEnv();
    fx = await createOutboxFixture(db());
  });
  afterAll(() => vi.unstubAllEnvs());
  const queue = (draft: unknown, review = REVIEWERS.clean) => submitOutboundMessage(db(), draft, NOW, { review });
  const findings = (id: string) => db().select().from(qualityFindings).where(eq(qualityFindings.outboundMessageId, id));
  const count = async () => (await db().select({ id: outboundMessages.id }).from(outboundMessages).where(eq(outboundMessages.organizationId, fx.organizationId))).length;

  it("queues a clean message with its verdict, due now, and writes and links its timeline row", async () => {
    const result = await queue(fx.draft());
    expect(result).toMatchObject({ ok: true, data: { created: true, message: { state: "queued", allowed: true, fairHousing: "ok", ghlLocationId: OUTBOX_LOCATION, nextAttemptAt: NOW, queuedAt: NOW, attempts: 0, lastError: null } } });
    const m = result.ok ? result.data.message : null;
    const [timeline] = await db().select().from(interactions).where(eq(interactions.id, m!.interactionId!));
    expect(timeline).toMatchObject({ clientId: fx.lucia.id, seatId: fx.aliceSeat.id, channel: "sms", direction: "outbound", body: m!.body });
    expect(await findings(m!.id)).toHaveLength(0);
  });

  it("blocks what the gate blocks, never sends it, and records one quality finding per finding", async () => {
    const result = await queue(fx.draft({ body: "Lovely home, no kids please!!!" }), REVIEWERS.blocked);
    const m = result.ok ? result.data.message : null;
    expect(m).toMatchObject({ state: "blocked", allowed: false, fairHousing: "block", interactionId: null, nextAttemptAt: null, queuedAt: null });
    expect(m!.verdict).toMatchObject({ allowed: false, findings: [{ category: "familial_status" }, { category: "tone" }] });
    const rows = await findings(m!.id);
    expect(rows.map((f) => [f.rule, f.level, f.code, f.excerpt])).toEqual(expect.arrayContaining([["fair_housing", "block", "familial_status", "no kids"], ["fair_housing", "info", "tone", "!!!"]]));
    expect(rows[0]).toMatchObject({ seatId: fx.aliceSeat.id, clientId: fx.lucia.id, message: expect.stringContaining("describes who should live there"), suggestion: expect.stringContaining("Describe the home") });
  });

  it("holds a warned message whoever wrote it, an AI seat's included, without a timeline row", async () => {
    for (const authorKind of ["human", "ai"] as const) {
      const result = await queue(fx.draft({ authorKind, seatId: authorKind === "ai" ? fx.aiSeat.id : fx.aliceSeat.id, authorUserId: authorKind === "ai" ? null : fx.alice.id }), REVIEWERS.warned);
      expect(result).toMatchObject({ ok: true, data: { message: { state: "held", allowed: true, fairHousing: "warn", interactionId: null, nextAttemptAt: null } } });
      expect(await findings(result.ok ? result.data.message.id : "")).toHaveLength(1);
    }
  });

  it("keeps a message not connected, saying which part is missing: the contact id or the token", async () => {
    const [walkIn] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Walter", lastName: "Walkin", phone: "+19095550188", type: "buyer", pipeline: "buyer", smsConsent: true }).returning();
    const noContact = await queue(fx.draft({ clientId: walkIn!.id }));
    expect(noContact).toMatchObject({ ok: true, data: { message: { state: "not_connected", interactionId: null, lastError: expect.stringContaining("Walter Walkin has no GoHighLevel contact id") } } });

    expect((await removeGhlToken(db(), fx.as.jorge, { locationId: OUTBOX_LOCATION })).ok).toBe(true);
    const noToken = await queue(fx.draft());
    expect(noToken).toMatchObject({ ok: true, data: { message: { state: "not_connected", lastError: `No GoHighLevel token for location ${OUTBOX_LOCATION}: paste its Private Integration token in Settings > GoHighLevel sending` } } });
    vi.stubEnv("GHL_PRIVATE_TOKEN", "pit-environment-wide-0001");
    expect(await queue(fx.draft())).toMatchObject({ ok: true, data: { message: { state: "queued" } } });
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
  });

  it("is idempotent on the key: a second call returns the first row untouched", async () => {
    const draft = fx.draft({ idempotencyKey: "reply:lucia:1" });
    const first = await queue(draft);
    const before = await count();
    const again = await queue({ ...draft, body: "A different text under the same key" }, REVIEWERS.blocked);
    expect(again).toMatchObject({ ok: true, data: { created: false } });
    expect(again.ok && first.ok && again.data.message).toEqual(first.ok && first.data.message);
    expect(await count()).toBe(before);
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const before = await count();
    expect(await queue({ ...fx.draft(), body: "   " })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("body is empty") });
    expect(await queue({ ...fx.draft(), channel: "pigeon" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("channel must be one of sms, email, chat") });
    expect(await queue({ ...fx.draft(), channel: "email", subject: null })).toMatchObject({ ok: false, status: 400, error: "subject: An email needs a subject" });
    expect(await queue({ ...fx.draft(), clientId: "nope" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("clientId must be a UUID") });
    expect(await queue(null)).toMatchObject({ ok: false, status: 400 });
    expect(await queue(fx.draft({ clientId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ ok: false, status: 404, error: expect.stringContaining("No client") });
    expect(await queue(fx.draft({ seatId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ ok: false, status: 404, error: expect.stringContaining("No seat") });
    expect(await count()).toBe(before);
  });

  it("reviews with the product's reviewer by default: a blocked phrase is blocked", async () => {
    const result = await db().transaction((tx) => queueOutboundMessage(tx, fx.draft({ body: "Beautiful 3 bedroom home, adults only, no children." }), NOW));
    expect(result).toMatchObject({ ok: true, data: { message: { state: "blocked", allowed: false } } });
    const rows = await db().select().from(qualityFindings).where(and(eq(qualityFindings.organizationId, fx.organizationId), eq(qualityFindings.outboundMessageId, result.ok ? result.data.message.id : "")));
    expect(rows.some((f) => f.rule === "fair_housing" && f.level === "block")).toBe(true);
  });

  it("lets the one opt-out confirmation through to an opted-out client, and nothing else", async () => {
    await db().update(clients).set({ smsConsent: false, optedOutAt: NOW }).where(eq(clients.id, fx.lucia.id));
    const body = "You are unsubscribed from Jorge Salas Real Estate texts. Reply START to resume.";
    const plain = await db().transaction((tx) => queueOutboundMessage(tx, fx.draft({ authorKind: "ai", authorUserId: null, seatId: fx.aiSeat.id, body }), NOW));
    expect(plain).toMatchObject({ ok: true, data: { message: { state: "blocked", allowed: false } } });
    const confirmation = await db().transaction((tx) => queueOutboundMessage(tx, fx.draft({ authorKind: "ai", authorUserId: null, seatId: fx.aiSeat.id, body, reviewKind: "opt_out_confirmation" }), NOW));
    // An earlier test disconnected the location: the gate's answer is what counts here.
    expect(confirmation).toMatchObject({ ok: true, data: { message: { state: expect.stringMatching(/^(queued|not_connected)$/), allowed: true, fairHousing: "ok" } } });
    expect(await queue({ ...fx.draft(), reviewKind: "second_confirmation" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("reviewKind must be") });
    await db().update(clients).set({ smsConsent: true, optedOutAt: null }).where(eq(clients.id, fx.lucia.id));
  });
});
