import { generateKeyPairSync } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { getSettings } from "@/lib/db/queries/organizations";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { loadGhlAuthConfig } from "./ghl-auth-config";
import { rotateWorkflowToken, updateGhlKeys, updateOfferTimeouts, updateRoutingWeights } from "./update-settings";
import { tokenMatches } from "./webhook-auth";

describeEachDriver("settings and API tokens", ({ db }) => {
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  beforeAll(async () => {
    const team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
  });

  it("issues a token shown once, authenticates it, and refuses it once revoked", async () => {
    const created = await createApiToken(db(), jorge, { name: "Zapier" });
    if (!created.ok) throw new Error(created.error);
    expect(created.data.token).toMatch(/^jsc_/);
    expect(await authenticateApiToken(db(), `Bearer ${created.data.token}`)).toEqual({ organizationId: jorge.organizationId, tokenId: created.data.id });
    const listed = await listApiTokens(db(), jorge.organizationId);
    expect(JSON.stringify(listed)).not.toContain(created.data.token);
    expect((await revokeApiToken(db(), jorge, created.data.id)).ok).toBe(true);
    expect(await authenticateApiToken(db(), `Bearer ${created.data.token}`)).toBeNull();
    expect(await revokeApiToken(db(), jorge, created.data.id)).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses malformed and unknown bearer tokens", async () => {
    for (const header of [null, "", "Basic abc", "Bearer", "Bearer jsc_unknown", "Bearer other_token"]) expect(await authenticateApiToken(db(), header)).toBeNull();
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
});
