import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { auditLog, clients, interactions } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { signUnsubscribeToken, unsubscribeKey } from "../outbox/unsubscribe-token";
import { saveEmailSender } from "../settings/email-sender";
import { UNSUBSCRIBED_NOTE, unsubscribeFromEmail, viewUnsubscribe } from "./unsubscribe";

const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("unsubscribing from email through the link", ({ db }) => {
  let fx: CoordinationFixture;
  let clientId: string;
  let token: string;
  beforeAll(async () => {
    vi.stubEnv("AUTH_SECRET", "secret-for-the-unsubscribe-tests");
    fx = await createCoordinationFixture(db());
    const [c] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Rosa", lastName: "Reader", email: "rosa@example.com", type: "buyer", pipeline: "buyer", smsConsent: true, emailConsent: true, language: "es" }).returning();
    clientId = c!.id;
    token = signUnsubscribeToken(fx.organizationId, clientId);
    expect((await saveEmailSender(db(), fx.as.jorge, { fromName: "Jorge Salas Real Estate", fromAddress: "", postalAddress: "10808 Foothill Blvd, Rancho Cucamonga, CA 91730" })).ok).toBe(true);
  });
  afterAll(() => vi.unstubAllEnvs());
  const client = async () => (await db().select().from(clients).where(eq(clients.id, clientId)))[0]!;
  const notes = () => db().select().from(interactions).where(and(eq(interactions.clientId, clientId), eq(interactions.body, UNSUBSCRIBED_NOTE)));
  const audits = () => db().select().from(auditLog).where(and(eq(auditLog.entityId, clientId), eq(auditLog.action, "client.email_unsubscribed")));

  it("shows whose emails and in the client's language, changing nothing on a GET", async () => {
    expect(await viewUnsubscribe(db(), token)).toEqual({ teamName: "Jorge Salas Real Estate", language: "es", unsubscribed: false });
    expect(await client()).toMatchObject({ emailConsent: true });
  });

  it("turns email consent off once, texts untouched, with one audit entry and one timeline note, however often it is confirmed", async () => {
    expect(await unsubscribeFromEmail(db(), token, NOW)).toEqual({ ok: true, data: { teamName: "Jorge Salas Real Estate", language: "es", unsubscribed: true, changed: true } });
    expect(await unsubscribeFromEmail(db(), token, NOW)).toMatchObject({ ok: true, data: { unsubscribed: true, changed: false } });
    expect(await client()).toMatchObject({ emailConsent: false, smsConsent: true, optedOutAt: null });
    expect(await notes()).toMatchObject([{ channel: "email", direction: "internal", seatId: null, occurredAt: NOW }]);
    expect(await audits()).toMatchObject([{ actorType: "system", entityType: "client", organizationId: fx.organizationId }]);
    expect(await viewUnsubscribe(db(), token)).toMatchObject({ unsubscribed: true });
  });

  it("refuses a forged token, another key's token and a client of another organization with 404, changing nothing", async () => {
    const forged = token.slice(0, -2) + (token.endsWith("AA") ? "AB" : "AA");
    const otherKey = signUnsubscribeToken(fx.organizationId, clientId, unsubscribeKey({ AUTH_SECRET: "someone-else" }));
    const otherOrg = signUnsubscribeToken("00000000-0000-4000-8000-000000000000", clientId);
    for (const bad of [forged, otherKey, otherOrg, "nonsense"]) {
      expect(await viewUnsubscribe(db(), bad)).toBeNull();
      expect(await unsubscribeFromEmail(db(), bad, NOW)).toEqual({ ok: false, status: 404, error: "This unsubscribe link is not valid." });
    }
    expect(await audits()).toHaveLength(1);
  });
});
