import { generateKeyPairSync } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { getSettings } from "@/lib/db/queries/organizations";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createApiToken } from "./api-tokens";
import { loadGhlAuthConfig } from "./ghl-auth-config";
import { loadHandoffLimits } from "./handoffs/handoff-context";
import { loadRoutingSettings } from "./intake/routing-settings";
import { rotateWorkflowToken, updateEscalationSla, updateFollowUpCadence, updateGhlKeys, updateHandoffLimits, updateOfferTimeouts, updateRoutingWeights } from "./update-settings";
import { tokenMatches } from "./webhook-auth";
import { offerTimeoutSeconds } from "@/lib/domain/assignment/offer-timeout";

describeEachDriver("settings and API tokens", ({ db }) => {
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  const stored = async (key: string) => (await getSettings(db(), jorge.organizationId, [key])).get(key);
  beforeAll(async () => {
    const team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
  });

  it("keeps settings to the overseer", async () => {
    expect(await createApiToken(db(), alice, { name: "x" })).toMatchObject({ ok: false, status: 403 });
    expect(await updateRoutingWeights(db(), alice, { expertise: 1, workload: 0, successRate: 0, preferenceFit: 0, commission: 0 })).toMatchObject({ ok: false, status: 403 });
  });

  it("stores weights that add up to 1 and explains the ones that do not", async () => {
    const good = { expertise: 0.4, workload: 0.2, successRate: 0.2, preferenceFit: 0.1, commission: 0.1 };
    expect((await updateRoutingWeights(db(), jorge, good)).ok).toBe(true);
    expect((await getSettings(db(), jorge.organizationId, ["routing.weights"])).get("routing.weights")).toEqual(good);
    const bad = await updateRoutingWeights(db(), jorge, { ...good, commission: 0.05 });
    expect(bad).toMatchObject({ ok: false, status: 400, error: "weights add up to 0.95; they must add up to 1" });
  });

  it("validates offer timeouts", async () => {
    expect((await updateOfferTimeouts(db(), jorge, { hot: 120, default: 900 })).ok).toBe(true);
    expect(await updateOfferTimeouts(db(), jorge, { hot: 5, default: 900 })).toMatchObject({ ok: false, error: expect.stringContaining("hot: Hot offers need at least 30 seconds") });
    expect(await updateOfferTimeouts(db(), jorge, { hot: 120, default: 900, byRole: { wizard: 600 } })).toMatchObject({ ok: false, status: 400 });
    expect(await updateOfferTimeouts(db(), jorge, { hot: 120, default: 900, byRole: { transaction_coordinator: 10 } })).toMatchObject({ ok: false, error: expect.stringContaining("byRole.transaction_coordinator") });
    expect((await updateOfferTimeouts(db(), jorge, { hot: 120, default: 900, byRole: { transaction_coordinator: 3600 } })).ok).toBe(true);
    const read = (await loadRoutingSettings(db(), jorge.organizationId)).offerTimeoutSeconds;
    expect(offerTimeoutSeconds(read, { hot: false, seatRole: "transaction_coordinator" })).toBe(3600);
    expect(offerTimeoutSeconds(read, { hot: false, seatRole: "buyer_specialist" })).toBe(900);
  });

  it("keeps GHL's key and a rotated workflow token, which webhook checks then use", async () => {
    const publicKey = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(await updateGhlKeys(db(), jorge, { publicKey: "not a key", allowLegacyRsa: false })).toMatchObject({ ok: false, status: 400 });
    expect((await updateGhlKeys(db(), jorge, { publicKey, allowLegacyRsa: false })).ok).toBe(true);
    const rotated = await rotateWorkflowToken(db(), jorge);
    if (!rotated.ok) throw new Error(rotated.error);
    const config = await loadGhlAuthConfig(db(), jorge.organizationId, {});
    expect(config.ed25519PublicKey).toBe(publicKey.trim());
    expect(tokenMatches(rotated.data.token, config.workflowTokenSha256!)).toBe(true);
  });

  it("keeps the escalation deadlines, handoff limits and follow-up cadence to the overseer, storing nothing", async () => {
    const keys = [SETTING_KEYS.escalationSla, SETTING_KEYS.handoffLimits, SETTING_KEYS.followUpCadence];
    const before = await getSettings(db(), jorge.organizationId, keys);
    expect(await updateEscalationSla(db(), alice, sla)).toMatchObject({ ok: false, status: 403 });
    expect(await updateHandoffLimits(db(), alice, { samePairMinutes: 10, perHour: 2, perDay: 5 })).toMatchObject({ ok: false, status: 403 });
    expect(await updateFollowUpCadence(db(), alice, { days: "1, 2", thenEveryDays: 7, maxAttempts: 4, windowStart: "08:00", windowEnd: "17:00" })).toMatchObject({ ok: false, status: 403 });
    expect(await getSettings(db(), jorge.organizationId, keys)).toEqual(before);
  });

  it("stores escalation deadlines that routing then reads, and refuses a resolve sooner than the acknowledge", async () => {
    expect((await updateEscalationSla(db(), jorge, sla)).ok).toBe(true);
    expect((await loadRoutingSettings(db(), jorge.organizationId)).escalationSla).toEqual(sla);
    const early = await updateEscalationSla(db(), jorge, { ...sla, high: { ackMinutes: 120, resolveMinutes: 60 } });
    expect(early).toMatchObject({ ok: false, status: 400, error: "high: resolve within must be at least the acknowledge time" });
    expect(await updateEscalationSla(db(), jorge, { ...sla, critical: { ackMinutes: 0, resolveMinutes: 60 } })).toMatchObject({ ok: false, error: expect.stringContaining("critical.ackMinutes: must be a whole number from 1 to 43,200") });
    expect(await updateEscalationSla(db(), jorge, { ...sla, low: { ackMinutes: 60, resolveMinutes: 50_000 } })).toMatchObject({ ok: false, error: expect.stringContaining("low.resolveMinutes") });
    expect(await updateEscalationSla(db(), jorge, { critical: sla.critical })).toMatchObject({ ok: false, error: expect.stringContaining("high:") });
    expect(await stored(SETTING_KEYS.escalationSla)).toEqual(sla);
  });

  it("stores handoff limits that the handoff rules then read, and refuses a daily limit under the hourly one", async () => {
    const limits = { samePairMinutes: 45, perHour: 4, perDay: 12 };
    expect((await updateHandoffLimits(db(), jorge, limits)).ok).toBe(true);
    expect(await loadHandoffLimits(db(), jorge.organizationId)).toEqual(limits);
    expect(await updateHandoffLimits(db(), jorge, { ...limits, perDay: 3 })).toMatchObject({ ok: false, status: 400, error: "perDay: must be at least the limit per hour" });
    expect(await updateHandoffLimits(db(), jorge, { ...limits, perHour: 21 })).toMatchObject({ ok: false, error: expect.stringContaining("perHour: must be a whole number from 1 to 20") });
    expect(await updateHandoffLimits(db(), jorge, { ...limits, samePairMinutes: 1.5 })).toMatchObject({ ok: false, error: expect.stringContaining("samePairMinutes") });
    expect(await stored(SETTING_KEYS.handoffLimits)).toEqual(limits);
  });

  it("stores a follow-up cadence from a comma-separated list and refuses what the scheduler could not follow", async () => {
    const cadence = { days: "1, 3, 7,", thenEveryDays: 10, maxAttempts: 6, windowStart: "08:30", windowEnd: "19:00" };
    expect((await updateFollowUpCadence(db(), jorge, cadence)).ok).toBe(true);
    const saved = { ...cadence, days: [1, 3, 7] };
    expect(await stored(SETTING_KEYS.followUpCadence)).toEqual(saved);
    const refused = async (input: object, message: string | RegExp) => expect(await updateFollowUpCadence(db(), jorge, { ...cadence, ...input })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(message) });
    await refused({ days: "5, 3" }, /Follow-up days must be .* ascending order/);
    await refused({ days: [2, 400] }, "days.1: must be a whole number from 1 to 365");
    await refused({ days: "2, x" }, "days.1: needs a number");
    await refused({ days: Array.from({ length: 21 }, (_, i) => i + 1) }, "days: list at most 20 days");
    await refused({ windowStart: "18:00", windowEnd: "09:00" }, /follow-up window must open before it closes/);
    await refused({ windowEnd: "9am" }, "windowEnd: must be a time as HH:MM");
    await refused({ thenEveryDays: 0 }, "thenEveryDays: must be a whole number from 1 to 90");
    await refused({ maxAttempts: 51 }, "maxAttempts: must be a whole number from 0 to 50");
    expect(await stored(SETTING_KEYS.followUpCadence)).toEqual(saved);
  });
});

const sla = {
  critical: { ackMinutes: 10, resolveMinutes: 120 },
  high: { ackMinutes: 30, resolveMinutes: 600 },
  medium: { ackMinutes: 240, resolveMinutes: 2880 },
  low: { ackMinutes: 1440, resolveMinutes: 10_080 },
};
