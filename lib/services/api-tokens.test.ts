import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { apiTokens, auditLog } from "@/lib/db/schema";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";

describeEachDriver("API tokens: scopes and expiry, validated, stored and enforced", ({ db }) => {
  let jorge: ViewerRecord;
  beforeAll(async () => {
    const team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
  });

  const INVALID = { ok: false, status: 401, error: "Send a valid API token as 'Authorization: Bearer jsc_…' (create one in Settings)" };
  const tokenRow = async (id: string) => (await db().select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!;
  const issue = async (input: object, now?: Date) => {
    const created = await createApiToken(db(), jorge, { name: "Zapier", scopes: ["requests"], ...input }, now);
    if (!created.ok) throw new Error(created.error);
    return created.data;
  };

  it("issues a token shown once, authenticates it for its scope, and refuses it once revoked", async () => {
    const created = await issue({});
    expect(created.token).toMatch(/^jsc_/);
    expect(await authenticateApiToken(db(), `Bearer ${created.token}`, "requests")).toEqual({ ok: true, organizationId: jorge.organizationId, tokenId: created.id });
    const listed = await listApiTokens(db(), jorge.organizationId);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect((await revokeApiToken(db(), jorge, created.id)).ok).toBe(true);
    expect(await authenticateApiToken(db(), `Bearer ${created.token}`, "requests")).toEqual(INVALID);
    expect(await revokeApiToken(db(), jorge, created.id)).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses malformed and unknown bearer tokens with one generic 401", async () => {
    for (const header of [null, "", "Basic abc", "Bearer", "Bearer jsc_unknown", "Bearer other_token"]) expect(await authenticateApiToken(db(), header, "requests")).toEqual(INVALID);
  });

  it("stores the scopes and expiry chosen, and lists them with whether the token has expired", async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const dated = await issue({ scopes: ["conflicts", "cma", "conflicts"], expiresInDays: "30" }, now);
    const forever = await issue({ scopes: ["requests", "review"], expiresInDays: "never" }, now);
    expect(dated.expiresAt?.toISOString()).toBe("2026-12-31T12:00:00.000Z");
    const listed = new Map((await listApiTokens(db(), jorge.organizationId, new Date("2027-01-15T00:00:00Z"))).map((t) => [t.id, t]));
    expect(listed.get(dated.id)).toMatchObject({ scopes: ["conflicts", "cma"], expiresAt: new Date("2026-12-31T12:00:00Z"), expired: true });
    expect(listed.get(forever.id)).toMatchObject({ scopes: ["requests", "review"], expiresAt: null, expired: false });
  });

  it("refuses a token without the scope a call needs with 403, and one past its expiry with 401 and its date, marking neither used", async () => {
    const made = new Date("2027-01-30T12:00:00Z");
    const conflictsOnly = await issue({ scopes: ["conflicts"], expiresInDays: 30 }, made);
    const bearer = `Bearer ${conflictsOnly.token}`;
    expect(await authenticateApiToken(db(), bearer, "requests", new Date("2027-02-01T00:00:00Z"))).toEqual({ ok: false, status: 403, error: 'This token may not send client requests (scope "requests"); create a token with that scope in Settings' });
    expect(await authenticateApiToken(db(), bearer, "conflicts", new Date("2027-03-01T13:00:00Z"))).toEqual({ ok: false, status: 401, error: "This API token expired on 2027-03-01; create a new one in Settings" });
    expect(await authenticateApiToken(db(), bearer, "requests", new Date("2027-03-02T00:00:00Z"))).toMatchObject({ ok: false, status: 401, error: expect.stringContaining("expired on 2027-03-01") });
    expect((await tokenRow(conflictsOnly.id)).lastUsedAt).toBeNull();
    const used = new Date("2027-02-28T09:00:00Z");
    expect(await authenticateApiToken(db(), bearer, "conflicts", used)).toMatchObject({ ok: true, tokenId: conflictsOnly.id });
    expect((await tokenRow(conflictsOnly.id)).lastUsedAt).toEqual(used);
    expect((await revokeApiToken(db(), jorge, conflictsOnly.id)).ok).toBe(true);
    expect(await authenticateApiToken(db(), bearer, "conflicts", new Date("2027-03-02T00:00:00Z"))).toEqual(INVALID);
  });

  it("explains bad scopes and expiries, and stores nothing", async () => {
    const count = async () => ({ tokens: (await db().select().from(apiTokens)).length, audit: (await db().select().from(auditLog)).length });
    const before = await count();
    const refused = async (input: object, message: string) => expect(await createApiToken(db(), jorge, { name: "Bad", scopes: ["requests"], ...input })).toEqual({ ok: false, status: 400, error: expect.stringContaining(message) });
    await refused({ scopes: [] }, "scopes: choose at least one scope (requests, conflicts, review, clients or cma) for what the token may call");
    await refused({ scopes: undefined }, "scopes: choose at least one");
    await refused({ scopes: ["requests", "admin"] }, "scopes.1: not a scope; the scopes are requests, conflicts, review, clients or cma");
    await refused({ expiresInDays: 0 }, 'expiresInDays: choose "never" or a whole number of days from 1 to 730');
    await refused({ expiresInDays: "731" }, "expiresInDays: at most 730 days (two years)");
    await refused({ expiresInDays: 36500 }, "at most 730 days");
    await refused({ expiresInDays: "1.5" }, "expiresInDays: choose");
    await refused({ expiresInDays: "2027-03-01" }, "expiresInDays: choose");
    await refused({ name: "  " }, "name: Give the token a name");
    expect(await count()).toEqual(before);
  });
});
