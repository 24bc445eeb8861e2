import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, clients, interactions, outboundMessages, qualificationAnswers } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { getClientRecord, RECORD_MESSAGES } from "./client-record";

/** The parts of the record the assertions read. */
interface RecordShape {
  consent: unknown;
  qualification: unknown;
  team: { name: string; teamRole: string; seatRole: string }[];
  messages: { direction: string; body: string; gate: { state: string } | null }[];
}

const t0 = new Date("2026-12-01T17:00:00Z");
const at = (m: number) => new Date(t0.getTime() + m * 60_000);

describeEachDriver("a client's record for other systems", ({ db }) => {
  let team: TeamFixture;
  let other: TeamFixture;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    other = await createTeamFixture(db());
    const org = team.organizationId;
    const client = team.bobClient.id;
    await db().update(clients).set({ ghlContactId: "ghl_Sam01", smsConsent: true, temperature: "warm", leadScore: 62, optedOutAt: at(100) }).where(eq(clients.id, client));
    await db().insert(assignments).values([
      { organizationId: org, clientId: client, seatId: team.bobSeat.id, teamRole: "lead", seatRole: "listing_specialist", state: "accepted", respondedAt: at(-10) },
      { organizationId: org, clientId: client, seatId: team.aliceSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: at(-10) },
    ]);
    const [inbound] = await db().insert(interactions).values({ organizationId: org, clientId: client, channel: "sms", direction: "inbound", body: "We want to sell in about 60 days", occurredAt: at(0) }).returning();
    const [reply] = await db().insert(interactions).values({ organizationId: org, clientId: client, seatId: team.bobSeat.id, channel: "sms", direction: "outbound", body: "Thanks Sam! Is the home move-in ready?", occurredAt: at(2) }).returning();
    await db().insert(interactions).values({ organizationId: org, clientId: client, seatId: team.bobSeat.id, channel: "note", direction: "internal", body: "Internal note", occurredAt: at(3) });
    const verdict = { allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] };
    await db().insert(outboundMessages).values([
      { organizationId: org, clientId: client, seatId: team.bobSeat.id, authorKind: "ai", channel: "sms", body: reply!.body, idempotencyKey: "r1", interactionId: reply!.id, inReplyToId: inbound!.id, verdict, allowed: true, fairHousing: "ok", state: "delivered", createdAt: at(2), sentAt: at(2), deliveredAt: at(3) },
      { organizationId: org, clientId: client, seatId: team.bobSeat.id, authorKind: "ai", channel: "sms", body: "Perfect for a young couple", idempotencyKey: "r2", verdict: { ...verdict, allowed: false, fairHousing: "block" }, allowed: false, fairHousing: "block", state: "blocked", createdAt: at(5) },
    ]);
    await db().insert(qualificationAnswers).values({ organizationId: org, clientId: client, field: "timeline", value: { days: 60 }, excerpt: "in about 60 days", sourceInteractionId: inbound!.id, quality: 90, extractedAt: at(1) });
  });

  it("answers the profile, scores, consent, team, qualification with its source message, and messages both ways with their gate", async () => {
    const r = await getClientRecord(db(), team.organizationId, { ghlContactId: "ghl_Sam01" });
    if (!r.ok) throw new Error(r.error);
    const record = r.data as unknown as RecordShape;
    expect(record).toMatchObject({ id: team.bobClient.id, firstName: "Sam", stage: "New Lead", temperature: "warm", leadScore: 62, market: { name: "Rancho Cucamonga" } });
    expect(record.consent).toEqual({ sms: true, email: false, optedOut: true, optedOutAt: at(100).toISOString() });
    expect(record.team.map((s) => [s.name, s.teamRole, s.seatRole])).toEqual([["Bob Agent", "lead", "listing_specialist"], ["Alice Agent", "support", "buyer_specialist"]]);
    expect(record.qualification).toEqual([{ field: "timeline", value: { days: 60 }, excerpt: "in about 60 days", quality: 90, extractedAt: at(1).toISOString(), source: { interactionId: expect.any(String), channel: "sms", body: "We want to sell in about 60 days", at: at(0).toISOString() } }]);
    expect(record.messages.map((m) => [m.direction, m.body, m.gate?.state ?? null])).toEqual([
      ["outbound", "Perfect for a young couple", "blocked"],
      ["outbound", "Thanks Sam! Is the home move-in ready?", "delivered"],
      ["inbound", "We want to sell in about 60 days", null],
    ]);
    expect(record.messages[0]!.gate).toMatchObject({ allowed: false, fairHousing: "block", verdict: { fairHousing: "block" }, sentAt: null });
    expect(record.messages[1]!.gate).toMatchObject({ deliveredAt: at(3).toISOString() });
  });

  it("keeps only the last messages", async () => {
    const many = Array.from({ length: RECORD_MESSAGES + 5 }, (_, i) => ({ organizationId: team.organizationId, clientId: team.aliceClient.id, channel: "email", direction: "inbound", body: `Message ${i}`, occurredAt: at(i) }));
    await db().insert(interactions).values(many);
    const r = await getClientRecord(db(), team.organizationId, { id: team.aliceClient.id });
    const messages = r.ok ? (r.data.messages as { body: string }[]) : [];
    expect([messages.length, messages[0]?.body]).toEqual([RECORD_MESSAGES, `Message ${RECORD_MESSAGES + 4}`]);
  });

  it("answers 404 for another organization's client or an unknown contact, and 400 for a bad id", async () => {
    expect(await getClientRecord(db(), other.organizationId, { id: team.bobClient.id })).toMatchObject({ ok: false, status: 404 });
    expect(await getClientRecord(db(), team.organizationId, { ghlContactId: "nobody" })).toMatchObject({ ok: false, status: 404 });
    expect(await getClientRecord(db(), team.organizationId, { id: "42" })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/must be a UUID/) });
    expect(await getClientRecord(db(), team.organizationId, { ghlContactId: "a b" })).toMatchObject({ ok: false, status: 400 });
  });
});
