import bcrypt from "bcryptjs";
import { and, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { auditLog, userSessions, users } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { changePassword, WRONG_CURRENT_PASSWORD } from "./change-password";
import { startSession } from "./sessions";
import { signInWithPassword } from "./sign-in";
import { createSignInThrottle, type SignInThrottle } from "./sign-in-throttle";

const NEW_PASSWORD = "a much longer passphrase";

describeEachDriver("changing one's password", ({ db, database }) => {
  let team: TeamFixture;
  let throttle: SignInThrottle;
  let here: string;
  let elsewhere: string;
  let alice: ViewerRecord;
  const open = () => startSession(db(), { organizationId: team.organizationId, userId: team.alice.id, userAgent: null, address: null, expiresAt: new Date(Date.now() + 3600_000) });
  const hashOf = async () => (await db().select({ hash: users.passwordHash }).from(users).where(eq(users.id, team.alice.id)))[0]!.hash;
  const change = (input: Record<string, string>) => changePassword(db(), throttle, alice, input, "203.0.113.20");

  beforeEach(async () => {
    team = await createTeamFixture(db());
    throttle = createSignInThrottle(database());
    here = await open();
    elsewhere = await open();
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id, here))!;
  });

  it("changes the password, keeps this session and ends the others", async () => {
    const result = await change({ current: team.password, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: { otherSessionsEnded: 1 } });
    expect(await bcrypt.compare(NEW_PASSWORD, await hashOf())).toBe(true);
    expect((await hashOf()).startsWith("$2b$10$")).toBe(true);
    expect(await getViewerRecord(db(), team.organizationId, team.alice.id, here)).not.toBeNull();
    expect(await getViewerRecord(db(), team.organizationId, team.alice.id, elsewhere)).toBeNull();
    const [row] = await db().select({ reason: userSessions.revokedReason }).from(userSessions).where(eq(userSessions.id, elsewhere));
    expect(row!.reason).toBe("password_changed");
    const audit = await db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.organizationId, team.organizationId), eq(auditLog.entityId, team.alice.id)));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["user.password_changed", "session.ended"]));

    const context = { address: "203.0.113.21", userAgent: null, maxAgeSeconds: 60 };
    expect((await signInWithPassword(db(), throttle, { email: team.alice.email, password: team.password }, context)).ok).toBe(false);
    expect((await signInWithPassword(db(), throttle, { email: team.alice.email, password: NEW_PASSWORD }, context)).ok).toBe(true);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const before = await hashOf();
    expect(await change({ current: "not my password", next: NEW_PASSWORD, confirm: NEW_PASSWORD })).toEqual({ ok: false, status: 401, error: WRONG_CURRENT_PASSWORD });
    expect(await hashOf()).toBe(before);
    expect(await getViewerRecord(db(), team.organizationId, team.alice.id, elsewhere)).not.toBeNull();
  });

  it("refuses a short, mistyped or unchanged new password before checking anything", async () => {
    const before = await hashOf();
    expect(await change({ current: team.password, next: "short", confirm: "short" })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/at least 12/) });
    expect(await change({ current: team.password, next: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!` })).toMatchObject({ status: 400, error: expect.stringMatching(/differ/) });
    expect(await change({ current: team.password, next: team.password, confirm: team.password })).toMatchObject({ status: 400, error: expect.stringMatching(/different from your current/) });
    expect(await hashOf()).toBe(before);
  });

  it("counts wrong current passwords against the account's sign-in lock", async () => {
    for (let i = 0; i < 4; i++) expect(await change({ current: `guess-${i}`, next: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ status: 401 });
    expect(await change({ current: "guess-5", next: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ status: 403, error: expect.stringMatching(/^Too many sign-in attempts/) });
    expect(await change({ current: team.password, next: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ status: 403 });
  });
});
