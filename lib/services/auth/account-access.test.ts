import { eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { loadSeatCandidates } from "@/lib/db/queries/routing-candidates";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { auditLog, userSessions, users } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { setAccountDisabled } from "./account-access";
import { startSession } from "./sessions";
import { signInWithPassword } from "./sign-in";
import { createSignInThrottle } from "./sign-in-throttle";

describeEachDriver("disabling and enabling accounts", ({ db, database }) => {
  let team: TeamFixture;
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  const open = (userId: string) => startSession(db(), { organizationId: team.organizationId, userId, userAgent: null, address: null, expiresAt: new Date(Date.now() + 3600_000) });
  const signIn = (email: string) => signInWithPassword(db(), createSignInThrottle(database()), { email, password: team.password }, { address: "203.0.113.30", userAgent: null, maxAgeSeconds: 60 });

  beforeEach(async () => {
    team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
  });

  it("disabling ends every session of the member and refuses their sign-in; enabling lets them back", async () => {
    const sessions = [await open(team.bob.id), await open(team.bob.id)];
    expect(await setAccountDisabled(db(), jorge, { userId: team.bob.id, disabled: true })).toEqual({ ok: true, data: { sessionsEnded: 2 } });
    for (const sid of sessions) expect(await getViewerRecord(db(), team.organizationId, team.bob.id, sid)).toBeNull();
    const reasons = await db().select({ reason: userSessions.revokedReason }).from(userSessions).where(eq(userSessions.userId, team.bob.id));
    expect(reasons.map((r) => r.reason)).toEqual(["user_disabled", "user_disabled"]);
    expect((await signIn(team.bob.email)).ok).toBe(false);

    expect(await setAccountDisabled(db(), jorge, { userId: team.bob.id, disabled: false })).toEqual({ ok: true, data: { sessionsEnded: 0 } });
    expect((await signIn(team.bob.email)).ok).toBe(true);
    const audit = await db().select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.entityId, team.bob.id));
    expect(audit).toEqual(expect.arrayContaining([{ action: "user.disabled", actorId: team.overseer.id }, { action: "user.enabled", actorId: team.overseer.id }, { action: "session.ended", actorId: team.overseer.id }]));
  });

  it("takes a disabled member's seat out of routing (offline) and gives it back when enabled", async () => {
    const presenceOfBob = async () => (await loadSeatCandidates(db(), team.organizationId, new Date())).find((c) => c.id === team.bobSeat.id)?.presence;
    expect(await presenceOfBob()).toBe("available");
    await setAccountDisabled(db(), jorge, { userId: team.bob.id, disabled: true });
    expect(await presenceOfBob()).toBe("offline");
    await setAccountDisabled(db(), jorge, { userId: team.bob.id, disabled: false });
    expect(await presenceOfBob()).toBe("available");
  });

  it("refuses a team member, one's own account, a repeat and an unknown id, changing nothing", async () => {
    expect(await setAccountDisabled(db(), alice, { userId: team.bob.id, disabled: true })).toMatchObject({ ok: false, status: 403 });
    expect(await setAccountDisabled(db(), jorge, { userId: team.overseer.id, disabled: true })).toMatchObject({ ok: false, status: 409 });
    expect(await setAccountDisabled(db(), jorge, { userId: team.bob.id, disabled: false })).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/already enabled/) });
    expect(await setAccountDisabled(db(), jorge, { userId: crypto.randomUUID(), disabled: true })).toMatchObject({ ok: false, status: 404 });
    expect(await setAccountDisabled(db(), jorge, { userId: "nope", disabled: true })).toMatchObject({ ok: false, status: 400 });
    const disabled = await db().select({ at: users.disabledAt }).from(users).where(eq(users.organizationId, team.organizationId));
    expect(disabled.every((u) => u.at === null)).toBe(true);
  });
});
