import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import type { Finding, Verdict } from "@/lib/domain/compliance/verdict";
import type { Db } from "@/lib/db/client";
import { setGhlLocationIds } from "@/lib/db/queries/organizations";
import { assignments, clients } from "@/lib/db/schema";
import { createCoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { saveGhlToken } from "../../settings/ghl-tokens";
import type { OutboundDraft } from "../draft";
import type { Reviewer } from "../review-draft";

export const OUTBOX_LOCATION = "loc_outbox_test";
export const OUTBOX_TOKEN = "pit-7a1c2e3f-0b9d-4c8e-a6f5-1d2c3b4a9z8y";

const finding = (severity: Finding["severity"], category: string, excerpt: string): Finding => ({
  rule: "fair_housing", category, severity, excerpt, explanation: `"${excerpt}" describes who should live there, not the home.`, suggestion: "Describe the home: four bedrooms near parks and schools.",
});

/** Fixed verdicts, so the outbox's handling is tested apart from the reviewer's rules. */
export const REVIEWERS = {
  clean: (() => ({ allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] })) as Reviewer,
  warned: (() => ({ allowed: true, fairHousing: "warn", optOut: false, quietHours: false, findings: [finding("warn", "familial_status", "great for families")] })) as Reviewer,
  blocked: (() => ({ allowed: false, fairHousing: "block", optOut: false, quietHours: false, findings: [finding("block", "familial_status", "no kids"), finding("info", "tone", "!!!")] })) as Reviewer,
} satisfies Record<string, (...args: Parameters<Reviewer>) => Verdict>;

/**
 * The coordination fixture with GoHighLevel connected: one location with a stored token, and
 * Lucia, a GHL contact who agreed to texts and email, led by Alice's seat.
 */
export async function createOutboxFixture(db: Db) {
  const fx = await createCoordinationFixture(db);
  await setGhlLocationIds(db, fx.organizationId, [OUTBOX_LOCATION]);
  const saved = await saveGhlToken(db, fx.as.jorge, { locationId: OUTBOX_LOCATION, token: OUTBOX_TOKEN });
  if (!saved.ok) throw new Error(saved.error);
  const [lucia] = await db
    .insert(clients)
    .values({ organizationId: fx.organizationId, firstName: "Lucia", lastName: "Texter", phone: "+19095550177", email: "lucia@example.com", ghlContactId: `contact_lucia_${fx.organizationId.slice(0, 6)}`, type: "buyer", pipeline: "buyer", marketId: fx.market.id, ownerSeatId: fx.aliceSeat.id, smsConsent: true, emailConsent: true })
    .returning();
  await db.insert(assignments).values({ organizationId: fx.organizationId, clientId: lucia!.id, seatId: fx.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: new Date() });
  let n = 0;
  const draft = (over: Partial<OutboundDraft> = {}): OutboundDraft => ({
    organizationId: fx.organizationId, clientId: lucia!.id, seatId: fx.aliceSeat.id, authorKind: "human", authorUserId: fx.alice.id, channel: "sms",
    body: "Hi Lucia, the showing on Haven Ave is confirmed for Saturday at 10am.", idempotencyKey: `test:${Date.now()}:${n++}`, ...over,
  });
  return { ...fx, lucia: lucia!, draft };
}

export type OutboxFixture = Awaited<ReturnType<typeof createOutboxFixture>>;

/** The environment the outbox tests send in: a fresh token key, no server-wide token, and any extra variables. */
export function stubOutboxEnv(extra: Record<string, string> = {}): void {
  vi.stubEnv("GHL_TOKEN_KEY", randomBytes(32).toString("base64"));
  vi.stubEnv("GHL_PRIVATE_TOKEN", "");
  for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
}
