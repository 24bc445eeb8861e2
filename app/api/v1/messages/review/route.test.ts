import { sql } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { storeTestTokens, TOKENS } from "../../../testing/api-tokens";

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: () => state.db }));

const review = await import("./route");

const post = (body: BodyInit, token: string = TOKENS.all) => new Request("http://console.test/api/v1/messages/review", { method: "POST", body, headers: { authorization: `Bearer ${token}` } });
const sms = (text: string, extra: object = {}) => ({ text, direction: "outbound", channel: "SMS", ...extra });

/** Rows in every table but the API tokens' (whose last use the token check records). */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'api_tokens' order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    counts[name] = row!.n;
  }
  return counts;
}

describeEachDriver("POST /api/v1/messages/review", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    state.db = db();
    await storeTestTokens(db(), fx.organizationId, fx.overseer.email);
  });

  it("answers one message with its verdict, and stores nothing", async () => {
    const before = await rowCounts(db());
    const response = await review.POST(post(JSON.stringify(sms("Only today: what is the address? And the price?", { purpose: "marketing", sentAt: "2026-12-01T22:30:00-08:00", recipientTimeZone: "America/Los_Angeles" }))));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, verdict: { allowed: false, quietHours: true, fairHousing: "ok", optOut: false } });
    expect(body.verdict.findings.map((f: { category: string }) => f.category)).toEqual(["quiet_hours", "pressure", "one_question"]);
    expect(await rowCounts(db())).toEqual(before);
  });

  it("answers a batch with verdicts in order", async () => {
    const response = await review.POST(post(JSON.stringify({ messages: [sms("Hi Ana"), { text: "Para, ya no me escriban", direction: "inbound", channel: "SMS" }] })));
    expect(response.status).toBe(200);
    expect((await response.json()).verdicts.map((v: { allowed: boolean; optOut: boolean }) => [v.allowed, v.optOut])).toEqual([[true, false], [true, true]]);
  });

  it("answers 400 naming each bad field, a bad time zone included", async () => {
    const response = await review.POST(post(JSON.stringify({ messages: [sms("ok"), sms("ok", { recipientTimeZone: "Pacific Time", direction: "up" })] })));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^messages\.1\.direction: .+; messages\.1\.recipientTimeZone: recipientTimeZone must be an IANA time zone/);
    expect((await review.POST(post("not json"))).status).toBe(400);
  });

  it("answers 401 without a live token, 403 without the review scope", async () => {
    expect((await review.POST(post(JSON.stringify(sms("hi")), "jsc_unknown"))).status).toBe(401);
    expect((await review.POST(post(JSON.stringify(sms("hi")), TOKENS.expired))).status).toBe(401);
    const scoped = await review.POST(post(JSON.stringify(sms("hi")), TOKENS.requestsOnly));
    expect([scoped.status, (await scoped.json()).error]).toEqual([403, expect.stringMatching(/scope "review"/)]);
  });

  it("answers 413 for a body over 1 MB", async () => {
    const messages = Array.from({ length: 60 }, () => sms("a".repeat(20_000)));
    expect((await review.POST(post(JSON.stringify({ messages })))).status).toBe(413);
  });
});
