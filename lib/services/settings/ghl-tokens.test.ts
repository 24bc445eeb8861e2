import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { setGhlLocationIds } from "@/lib/db/queries/organizations";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { auditLog, ghlLocationTokens } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { resolveLocationToken } from "../ghl/location-token";
import { listGhlTokens, removeGhlToken, saveGhlToken } from "./ghl-tokens";

const TOKEN = "pit-3f6b2c1e-8d4a-4b7e-9c1d-2a5e7f9b9f2k";
const LOCATION = "loc_rancho_1";

describeEachDriver("GoHighLevel tokens in Settings", ({ db }) => {
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  beforeAll(async () => {
    vi.stubEnv("GHL_TOKEN_KEY", randomBytes(32).toString("base64"));
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
    const team = await createTeamFixture(db());
    await setGhlLocationIds(db(), team.organizationId, [LOCATION, "loc_second_2"]);
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
  });
  afterAll(() => vi.unstubAllEnvs());
  const rows = () => db().select().from(ghlLocationTokens).where(eq(ghlLocationTokens.organizationId, jorge.organizationId));
  const audits = async () => (await db().select().from(auditLog).where(eq(auditLog.organizationId, jorge.organizationId))).filter((a) => a.action.startsWith("ghl.token"));

  it("stores the token encrypted, shows only its last four, and decrypts it for sending", async () => {
    expect(await saveGhlToken(db(), jorge, { locationId: LOCATION, token: `  ${TOKEN} ` })).toEqual({ ok: true, data: { locationId: LOCATION, shown: "…9f2k" } });
    const [row] = await rows();
    expect(row!.tokenCiphertext).not.toContain(TOKEN);
    expect(row!.tokenCiphertext).not.toContain("pit-");
    expect(row!.tokenLast4).toBe("9f2k");
    expect(await listGhlTokens(db(), jorge.organizationId)).toMatchObject([{ locationId: LOCATION, last4: "9f2k" }]);
    expect(await resolveLocationToken(db(), jorge.organizationId, LOCATION)).toEqual({ ok: true, token: TOKEN, source: "stored" });
    const [entry] = await audits();
    expect(entry).toMatchObject({ action: "ghl.token_saved", actorId: jorge.userId, data: { locationId: LOCATION, last4: "9f2k" } });
    expect(JSON.stringify(entry!.data)).not.toContain(TOKEN);
  });

  it("replaces and removes a token, each with an audit entry, and then the location is not connected", async () => {
    const next = "pit-0000aaaa-bbbb-cccc-dddd-eeeeffff1234";
    expect(await saveGhlToken(db(), jorge, { locationId: LOCATION, token: next })).toMatchObject({ ok: true, data: { shown: "…1234" } });
    expect(await rows()).toHaveLength(1);
    expect((await resolveLocationToken(db(), jorge.organizationId, LOCATION)).ok && (await resolveLocationToken(db(), jorge.organizationId, LOCATION))).toMatchObject({ token: next });
    expect(await removeGhlToken(db(), jorge, { locationId: LOCATION })).toEqual({ ok: true, data: { locationId: LOCATION } });
    expect(await rows()).toHaveLength(0);
    expect((await audits()).map((a) => a.action)).toEqual(["ghl.token_saved", "ghl.token_replaced", "ghl.token_removed"]);
    const missing = await resolveLocationToken(db(), jorge.organizationId, LOCATION);
    expect(missing).toMatchObject({ ok: false });
    expect(!missing.ok && missing.reason).toContain("No GoHighLevel token for location loc_rancho_1");
  });

  it("lets GHL_PRIVATE_TOKEN serve every location without a stored token", async () => {
    vi.stubEnv("GHL_PRIVATE_TOKEN", "pit-env-wide-token-0001");
    expect(await resolveLocationToken(db(), jorge.organizationId, "loc_second_2")).toEqual({ ok: true, token: "pit-env-wide-token-0001", source: "environment" });
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
  });

  it("refuses bad input and other roles with a clear error, writing nothing", async () => {
    const before = await audits();
    expect(await saveGhlToken(db(), alice, { locationId: LOCATION, token: TOKEN })).toMatchObject({ ok: false, status: 403 });
    expect(await saveGhlToken(db(), jorge, { locationId: LOCATION, token: "short" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("too short") });
    expect(await saveGhlToken(db(), jorge, { locationId: LOCATION, token: "Bearer pit-abcdefghijklmnop" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("no spaces") });
    expect(await saveGhlToken(db(), jorge, { locationId: "bad id!", token: TOKEN })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("location id") });
    expect(await saveGhlToken(db(), jorge, { locationId: "loc_elsewhere", token: TOKEN })).toMatchObject({ ok: false, status: 404, error: expect.stringContaining("not connected") });
    expect(await saveGhlToken(db(), jorge, null)).toMatchObject({ ok: false, status: 400 });
    expect(await removeGhlToken(db(), jorge, { locationId: LOCATION })).toMatchObject({ ok: false, status: 404, error: expect.stringContaining("no stored token") });
    expect(await rows()).toHaveLength(0);
    expect(await audits()).toHaveLength(before.length);
  });
});
