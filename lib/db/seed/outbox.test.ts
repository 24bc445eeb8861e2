import { beforeAll, describe, expect, it } from "vitest";
import { reviewMessage } from "../../domain/compliance/review";
import type { Verdict } from "../../domain/compliance/verdict";
import { generateSeed } from "./generate";
import type { SeedData } from "./types";

/** Monday, May 18, 2026, 8:50am in Rancho Cucamonga. */
const asOf = new Date("2026-05-18T15:50:00Z");

describe("the seeded outbox, drafts, AI conversations and answers", () => {
  let data: SeedData;
  beforeAll(() => {
    data = generateSeed({ asOf });
  });

  it("gives every text and e-mail a seat sent an outbox row with its seat, author kind and the gate's verdict", () => {
    const seats = new Map(data.seats.map((s) => [s.id, s]));
    const sent = data.interactions.filter((i) => i.direction === "outbound" && (i.channel === "sms" || i.channel === "email"));
    const rows = new Map(data.outboundMessages.filter((m) => m.interactionId).map((m) => [m.interactionId, m]));
    expect(sent.filter((i) => !rows.has(i.id)).map((i) => i.body).slice(0, 3)).toEqual([]);
    for (const i of sent) {
      const m = rows.get(i.id)!;
      expect(m.seatId).toBe(i.seatId);
      expect(m.authorKind).toBe(seats.get(i.seatId!)!.kind === "ai" ? "ai" : "human");
      expect(m.body).toBe(i.body);
      expect(m.allowed).toBe(true);
      if (m.channel === "email") expect(m.subject).toBeTruthy();
    }
  });

  it("stores verdicts the real reviewer gives, and a person's send-anyway on every warned message that went out", () => {
    const sample = data.outboundMessages.filter((m) => m.channel === "sms" && m.interactionId).slice(0, 200);
    for (const m of sample) {
      const again = reviewMessage({ text: m.body, direction: "outbound", channel: "SMS", sentAt: m.sentAt!.toISOString() });
      expect((m.verdict as Verdict).fairHousing).toBe(again.fairHousing);
    }
    for (const m of data.outboundMessages.filter((x) => x.interactionId)) {
      const v = m.verdict as Verdict;
      const warned = v.fairHousing === "warn" || v.quietHours || v.findings.some((f) => f.severity === "warn");
      expect(Boolean(m.overriddenAt), m.body).toBe(warned);
    }
  });

  it("delivers most messages, leaves the last minutes sent, and fails a few with GoHighLevel's words", () => {
    const count = (state: string) => data.outboundMessages.filter((m) => m.state === state).length;
    expect(count("delivered")).toBeGreaterThan(data.outboundMessages.length * 0.95);
    expect(count("failed")).toBeGreaterThanOrEqual(3);
    expect(count("failed")).toBeLessThan(data.outboundMessages.length * 0.01);
    for (const m of data.outboundMessages.filter((x) => x.state === "failed")) expect(m.lastError).toMatch(/^GoHighLevel reported it (undelivered|failed|bounced): \d{3}/);
    for (const m of data.outboundMessages.filter((x) => x.state === "delivered")) expect(m.deliveredAt!.getTime()).toBeGreaterThan(m.sentAt!.getTime());
    expect(new Set(data.outboundMessages.map((m) => m.idempotencyKey)).size).toBe(data.outboundMessages.length);
  });

  it("leaves a handful of held and blocked drafts from the last working day, never sent, each with its findings", () => {
    const drafts = data.outboundMessages.filter((m) => !m.interactionId);
    expect(drafts.length).toBeGreaterThanOrEqual(6);
    expect(drafts.length).toBeLessThanOrEqual(12);
    expect(drafts.some((m) => m.state === "held") && drafts.some((m) => m.state === "blocked")).toBe(true);
    for (const m of drafts) {
      expect(["held", "blocked"]).toContain(m.state);
      expect(m.sentAt ?? null).toBeNull();
      expect(asOf.getTime() - m.createdAt!.getTime()).toBeLessThan(4 * 86_400_000);
      const findings = data.qualityFindings.filter((f) => f.outboundMessageId === m.id);
      expect(findings.length, m.body).toBeGreaterThan(0);
      expect(findings.some((f) => f.level === (m.state === "blocked" ? "block" : "warn"))).toBe(true);
    }
  });

  it("keeps a conversation for the clients AI seats lead, stopped as the story says", () => {
    const clients = new Map(data.clients.map((c) => [c.id, c]));
    const seats = new Map(data.seats.map((s) => [s.id, s]));
    for (const c of data.conversations) {
      expect(seats.get(c.aiSeatId!)!.kind).toBe("ai");
      const client = clients.get(c.clientId)!;
      if (client.optedOutAt) expect(c.state).toBe("opted_out");
      if (c.state === "handed_off") expect(seats.get(client.ownerSeatId ?? "")?.kind).toBe("human");
      if (c.state === "active") expect(c.stoppedAt ?? null).toBeNull();
    }
    const states = new Set(data.conversations.map((c) => c.state));
    expect(["active", "handed_off", "opted_out"].every((s) => states.has(s))).toBe(true);
  });

  it("points each qualification answer at the client's reply that said it, once per field", () => {
    const byId = new Map(data.interactions.map((i) => [i.id, i]));
    const keys = new Set<string>();
    for (const a of data.qualificationAnswers) {
      expect(keys.has(`${a.clientId}:${a.field}`)).toBe(false);
      keys.add(`${a.clientId}:${a.field}`);
      if (!a.sourceInteractionId) continue;
      const source = byId.get(a.sourceInteractionId)!;
      expect(source.direction).toBe("inbound");
      expect(source.clientId).toBe(a.clientId);
      expect(a.excerpt).toBe(source.body.slice(0, 500));
    }
    expect(data.qualificationAnswers.filter((a) => a.sourceInteractionId).length).toBeGreaterThan(data.qualificationAnswers.length * 0.4);
  });
});
