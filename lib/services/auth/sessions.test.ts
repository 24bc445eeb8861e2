import { and, eq, sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { getViewerRecord } from "@/lib/db/queries/users";
import { auditLog, userSessions, users } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { endAllSessions, endSession, startSession } from "./sessions";

describeEachDriver("sign-in sessions", ({ db }) => {
  let team: TeamFixture;
  const open = (userId: string, expiresAt = new Date(Date.now() + 3600_000)) =>
    startSession(db(), { organizationId: team.organizationId, userId, userAgent: "test agent", address: "203.0.113.5", expiresAt });
  const viewerOf = (userId: string, sessionId: string) => getViewerRecord(db(), team.organizationId, userId, sessionId);
  const reasonOf = async (id: string) => (await db().select({ reason: userSessions.revokedReason }).from(userSessions).where(eq(userSessions.id, id)))[0]?.reason;
  const actor = (userId: string, sessionId: string | null) => ({ organizationId: team.organizationId, userId, sessionId });

  beforeEach(async () => {
    team = await createTeamFixture(db());
  });

  it("loads the viewer for a live session, with the session's id", async () => {
    const sid = await open(team.alice.id);
    expect(await viewerOf(team.alice.id, sid)).toMatchObject({ userId: team.alice.id, seatId: team.aliceSeat.id, sessionId: sid, permissions: expect.arrayContaining(["clients.read_own"]) });
  });

  it("refuses a revoked, an expired, another user's or a malformed session, and a disabled user", async () => {
    const revoked = await open(team.alice.id);
    await db().update(userSessions).set({ revokedAt: new Date(), revokedReason: "signed_out" }).where(eq(userSessions.id, revoked));
    expect(await viewerOf(team.alice.id, revoked)).toBeNull();

    const expired = await open(team.alice.id, new Date(Date.now() - 1000));
    expect(await viewerOf(team.alice.id, expired)).toBeNull();

    const bobs = await open(team.bob.id);
    expect(await viewerOf(team.alice.id, bobs)).toBeNull();
    expect(await viewerOf(team.alice.id, "not-a-uuid")).toBeNull();

    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, team.bob.id));
    expect(await viewerOf(team.bob.id, bobs)).toBeNull();
  });

  it("marks a session seen at most once a minute", async () => {
    const sid = await open(team.alice.id);
    const seen = async () => (await db().select({ at: userSessions.lastSeenAt }).from(userSessions).where(eq(userSessions.id, sid)))[0]!.at.getTime();
    await db().update(userSessions).set({ lastSeenAt: sql`now() - interval '30 seconds'` }).where(eq(userSessions.id, sid));
    const recent = await seen();
    await viewerOf(team.alice.id, sid);
    expect(await seen()).toBe(recent);
    await db().update(userSessions).set({ lastSeenAt: sql`now() - interval '5 minutes'` }).where(eq(userSessions.id, sid));
    const old = await seen();
    await viewerOf(team.alice.id, sid);
    expect(await seen()).toBeGreaterThan(old + 4 * 60_000);
  });

  it("signing out ends this session only, and says so in the audit trail", async () => {
    const here = await open(team.alice.id);
    const there = await open(team.alice.id);
    expect(await endSession(db(), actor(team.alice.id, here), here)).toEqual({ ok: true, data: { thisDevice: true } });
    expect(await viewerOf(team.alice.id, here)).toBeNull();
    expect(await viewerOf(team.alice.id, there)).not.toBeNull();
    expect(await reasonOf(here)).toBe("signed_out");
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.organizationId, team.organizationId), eq(auditLog.action, "session.ended")));
    expect(entry).toMatchObject({ actorId: team.alice.id, entityId: team.alice.id, data: { reason: "signed_out", sessionIds: [here] } });
  });

  it("ends another of one's own sessions, but never someone else's", async () => {
    const mine = await open(team.alice.id);
    const other = await open(team.alice.id);
    const bobs = await open(team.bob.id);
    expect(await endSession(db(), actor(team.alice.id, mine), other)).toEqual({ ok: true, data: { thisDevice: false } });
    expect(await endSession(db(), actor(team.alice.id, mine), bobs)).toMatchObject({ ok: false, status: 404 });
    expect(await endSession(db(), actor(team.alice.id, mine), other)).toMatchObject({ ok: false, status: 404 });
    expect(await viewerOf(team.bob.id, bobs)).not.toBeNull();
  });

  it("signing out everywhere ends every session of the person, this one included", async () => {
    const sessions = [await open(team.alice.id), await open(team.alice.id), await open(team.alice.id)];
    const bobs = await open(team.bob.id);
    expect(await endAllSessions(db(), actor(team.alice.id, sessions[0]!))).toEqual({ ok: true, data: { ended: 3 } });
    for (const sid of sessions) {
      expect(await viewerOf(team.alice.id, sid)).toBeNull();
      expect(await reasonOf(sid)).toBe("signed_out_everywhere");
    }
    expect(await viewerOf(team.bob.id, bobs)).not.toBeNull();
  });
});
