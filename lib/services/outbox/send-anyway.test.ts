import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { auditLog, outboundMessages } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { submitOutboundMessage } from "./queue-message";
import { sendAnyway } from "./send-anyway";
import { createOutboxFixture, REVIEWERS, type OutboxFixture, stubOutboxEnv } from "./testing/outbox-fixture";


const NOW = new Date("2026-12-01T18:00:00Z");
const LATER = new Date("2026-12-01T18:05:00Z");

describeEachDriver("sending a held message anyway", ({ db }) => {
  let fx: OutboxFixture;
  beforeAll(async () => {
    stubOutboxEnv();
    fx = await createOutboxFixture(db());
  });
  afterAll(() => vi.unstubAllEnvs());
  const held = async (authorKind: "ai" | "human" = "ai") => {
    const r = await submitOutboundMessage(db(), fx.draft({ authorKind, seatId: fx.aiSeat.id, authorUserId: null, body: "Great for families, four bedrooms near the park." }), NOW, { review: REVIEWERS.warned });
    if (!r.ok || r.data.message.state !== "held") throw new Error("expected a held message");
    return r.data.message;
  };
  const row = async (id: string) => (await db().select().from(outboundMessages).where(eq(outboundMessages.id, id)))[0]!;
  const audits = async (id: string) => db().select().from(auditLog).where(and(eq(auditLog.organizationId, fx.organizationId), eq(auditLog.entityId, id)));

  it("lets the client's lead release an AI seat's warned message: reviewed again, queued, recorded who and when", async () => {
    const m = await held();
    const result = await sendAnyway(db(), fx.as.alice, { outboundMessageId: m.id }, LATER, REVIEWERS.warned);
    expect(result).toMatchObject({ ok: true, data: { message: { state: "queued", overriddenByUserId: fx.alice.id, overriddenAt: LATER, queuedAt: LATER, nextAttemptAt: LATER } } });
    expect((await row(m.id)).interactionId).not.toBeNull();
    expect(await audits(m.id)).toMatchObject([{ action: "outbox.sent_anyway", actorId: fx.alice.id, data: { state: "queued", warnings: ["familial_status"] } }]);
    expect(await sendAnyway(db(), fx.as.alice, { outboundMessageId: m.id }, LATER, REVIEWERS.warned)).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("is queued, not held") });
  });

  it("keeps it held when the gate now blocks it, naming why", async () => {
    const m = await held();
    const result = await sendAnyway(db(), fx.as.jorge, { outboundMessageId: m.id }, LATER, REVIEWERS.blocked);
    expect(result).toMatchObject({ ok: false, status: 409, error: expect.stringContaining('now blocks this message, so it stays held: "no kids"') });
    expect(await row(m.id)).toMatchObject({ state: "held", overriddenAt: null });
    expect(await audits(m.id)).toHaveLength(0);
  });

  it("refuses people who may not write to the client, and bad input, changing nothing", async () => {
    const m = await held();
    expect(await sendAnyway(db(), fx.as.bob, { outboundMessageId: m.id }, LATER, REVIEWERS.clean)).toMatchObject({ ok: false, status: 404 });
    const viewerOnly = { ...fx.as.carl, permissions: fx.as.carl.permissions.filter((p) => !p.startsWith("clients.write")) };
    expect(await sendAnyway(db(), viewerOnly, { outboundMessageId: m.id }, LATER, REVIEWERS.clean)).toMatchObject({ ok: false, status: 403 });
    expect(await sendAnyway(db(), fx.as.alice, { outboundMessageId: "x" }, LATER, REVIEWERS.clean)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("must be a UUID") });
    expect(await sendAnyway(db(), fx.as.alice, {}, LATER, REVIEWERS.clean)).toMatchObject({ ok: false, status: 400 });
    expect(await sendAnyway(db(), fx.as.alice, { outboundMessageId: "00000000-0000-4000-8000-000000000000" }, LATER, REVIEWERS.clean)).toMatchObject({ ok: false, status: 404 });
    expect(await row(m.id)).toMatchObject({ state: "held", overriddenAt: null });
  });
});
