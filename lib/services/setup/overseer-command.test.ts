import bcrypt from "bcryptjs";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { auditLog, markets, seatMarkets, seats, userSessions, users } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { verifyCredentials } from "../verify-credentials";
import { createOverseer } from "./create-overseer";
import { setUpOrganization } from "./organization-setup";
import { resetOverseerPassword } from "./reset-overseer-password";
import { readSetupStatus } from "./setup-status";

const EMAIL = "jorge@example.com";
const PASSWORD = "orange grove at dusk 1987";

/** Everything the overseer command could write, to show a refusal wrote nothing. */
async function snapshot(db: Db) {
  const n = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n;
  const c = sql<number>`count(*)::int`;
  return {
    users: await n(db.select({ n: c }).from(users)),
    hashes: (await db.select({ h: users.passwordHash }).from(users).orderBy(users.id)).map((r) => r.h),
    seats: await n(db.select({ n: c }).from(seats)),
    seatMarkets: await n(db.select({ n: c }).from(seatMarkets)),
    audit: await n(db.select({ n: c }).from(auditLog)),
    revoked: await n(db.select({ n: c }).from(userSessions).where(sql`${userSessions.revokedAt} is not null`)),
  };
}

async function expectRefusal(db: Db, attempt: () => Promise<unknown>, expected: object) {
  const before = await snapshot(db);
  expect(await attempt()).toMatchObject({ ok: false, ...expected });
  expect(await snapshot(db)).toEqual(before);
}

describeEachDriver("the overseer command", ({ db }) => {
  let organizationId: string;
  let userId: string;

  it("refuses before the organization exists", async () => {
    await expectRefusal(db(), () => createOverseer(db(), { email: EMAIL, name: "Jorge Salas", password: PASSWORD }), { status: 409, error: expect.stringContaining("npm run db:setup") });
    const setup = await setUpOrganization(db());
    if (!setup.ok) throw new Error(setup.error);
    organizationId = setup.data.organizationId;
  });

  it("refuses a short password, a demo password and the email as password, writing nothing", async () => {
    const attempt = (password: string) => () => createOverseer(db(), { email: EMAIL, name: "Jorge Salas", password });
    await expectRefusal(db(), attempt("short-pass"), { status: 400, error: expect.stringContaining("at least 12 characters") });
    await expectRefusal(db(), attempt("jorge-demo-2026"), { status: 400, error: expect.stringContaining("demo passwords") });
    await expectRefusal(db(), attempt("JORGE@example.com"), { status: 400, error: expect.stringContaining("not be the email") });
  });

  it("refuses a bad email, a missing name and a bad language, writing nothing", async () => {
    await expectRefusal(db(), () => createOverseer(db(), { email: "jorge", name: "Jorge Salas", password: PASSWORD }), { status: 400, error: expect.stringContaining("email") });
    await expectRefusal(db(), () => createOverseer(db(), { email: EMAIL, name: "  ", password: PASSWORD }), { status: 400, error: expect.stringContaining("name") });
    await expectRefusal(db(), () => createOverseer(db(), { email: EMAIL, name: "Jorge Salas", password: PASSWORD, languages: ["english"] }), { status: 400, error: expect.stringContaining("ISO 639") });
  });

  it("creates the overseer and a seat covering every market, audited, that can sign in", async () => {
    const created = await createOverseer(db(), { email: " Jorge@Example.com ", name: "Jorge Salas", password: PASSWORD });
    if (!created.ok) throw new Error(created.error);
    expect(created.data).toMatchObject({ email: EMAIL, name: "Jorge Salas", languages: ["en", "es"], markets: 5 });
    userId = created.data.userId;
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ organizationId, email: EMAIL, role: "overseer", disabledAt: null });
    expect(user!.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(await bcrypt.compare(PASSWORD, user!.passwordHash)).toBe(true);
    const [seat] = await db().select().from(seats).where(eq(seats.userId, userId));
    expect(seat).toMatchObject({ id: created.data.seatId, kind: "human", role: "overseer", languages: ["en", "es"], presence: "available", name: "Jorge Salas" });
    const covered = await db().select({ id: seatMarkets.marketId }).from(seatMarkets).where(eq(seatMarkets.seatId, seat!.id));
    expect(covered.map((c) => c.id).sort()).toEqual((await db().select({ id: markets.id }).from(markets)).map((m) => m.id).sort());
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, "overseer-command"))).map((a) => a.action);
    expect(actions.sort()).toEqual(["seat.created", "user.created"]);
    expect(await verifyCredentials(db(), { email: EMAIL, password: PASSWORD })).toMatchObject({ id: userId, role: "overseer" });
    expect(await readSetupStatus(db())).toEqual({ overseer: true, demoAccounts: false });
  });

  it("refuses a second overseer and says how to reset the first one's password", async () => {
    await expectRefusal(db(), () => createOverseer(db(), { email: "other@example.com", name: "Someone Else", password: PASSWORD }), {
      status: 409, error: expect.stringMatching(/already has an active overseer \(jorge@example\.com\).*--reset-password/),
    });
  });

  it("resets the password only for the active overseer's email, with a good password", async () => {
    await expectRefusal(db(), () => resetOverseerPassword(db(), { email: "other@example.com", password: "a brand new passphrase" }), { status: 404, error: expect.stringContaining("the active overseer is jorge@example.com") });
    await expectRefusal(db(), () => resetOverseerPassword(db(), { email: EMAIL, password: "team-demo-2026" }), { status: 400, error: expect.stringContaining("demo passwords") });
  });

  it("sets the new password and ends the overseer's live sessions, and only those", async () => {
    const soon = new Date(Date.now() + 3_600_000), past = new Date(Date.now() - 3_600_000);
    const [live1, live2, expired, signedOut] = await db().insert(userSessions).values([
      { organizationId, userId, expiresAt: soon },
      { organizationId, userId, expiresAt: soon },
      { organizationId, userId, expiresAt: past },
      { organizationId, userId, expiresAt: soon, revokedAt: past, revokedReason: "signed_out" },
    ]).returning({ id: userSessions.id });
    const reset = await resetOverseerPassword(db(), { email: "JORGE@example.com", password: "a brand new passphrase" });
    expect(reset).toEqual({ ok: true, data: { userId, email: EMAIL, sessionsEnded: 2 } });
    const rows = await db().select().from(userSessions).where(and(eq(userSessions.organizationId, organizationId), eq(userSessions.userId, userId)));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const s of [live1!, live2!]) expect(byId.get(s.id)).toMatchObject({ revokedReason: "password_changed", revokedAt: expect.any(Date) });
    expect(byId.get(expired!.id)).toMatchObject({ revokedAt: null, revokedReason: null });
    expect(byId.get(signedOut!.id)).toMatchObject({ revokedReason: "signed_out" });
    expect(await verifyCredentials(db(), { email: EMAIL, password: "a brand new passphrase" })).toMatchObject({ id: userId });
    expect(await verifyCredentials(db(), { email: EMAIL, password: PASSWORD })).toBeNull();
    expect((await db().select().from(auditLog).where(eq(auditLog.action, "user.password_reset")))[0]).toMatchObject({ entityId: userId, data: { email: EMAIL, sessionsEnded: 2 } });
  });
});

describeEachDriver("the overseer command on a team without an overseer", ({ db }) => {
  beforeAll(async () => {
    const setup = await setUpOrganization(db());
    if (!setup.ok) throw new Error(setup.error);
    await db().insert(users).values({ organizationId: setup.data.organizationId, email: "dana@example.com", name: "Dana Agent", role: "agent", passwordHash: "x" });
  });

  it("refuses a reset when there is no overseer to reset", async () => {
    await expectRefusal(db(), () => resetOverseerPassword(db(), { email: EMAIL, password: PASSWORD }), { status: 404, error: expect.stringContaining("run the command without --reset-password") });
  });

  it("refuses an email that already belongs to another user", async () => {
    await expectRefusal(db(), () => createOverseer(db(), { email: "Dana@example.com", name: "Dana", password: PASSWORD }), { status: 409, error: expect.stringContaining("already belongs to a user") });
  });

  it("creates exactly one overseer when two runs race, with the languages given", async () => {
    const results = await Promise.all([
      createOverseer(db(), { email: "ana@example.com", name: "Ana", password: PASSWORD, languages: ["en", "zh", "ZH"] }),
      createOverseer(db(), { email: "bea@example.com", name: "Bea", password: PASSWORD, languages: ["en", "zh"] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ status: 409 }]);
    expect((await db().select({ id: users.id }).from(users).where(eq(users.role, "overseer")))).toHaveLength(1);
    expect((await db().select({ languages: seats.languages }).from(seats))).toEqual([{ languages: ["en", "zh"] }]);
  });
});
