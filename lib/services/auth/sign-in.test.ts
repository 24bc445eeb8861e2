import bcrypt from "bcryptjs";
import { eq, like } from "drizzle-orm";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { signInThrottle, userSessions, users } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { signInWithPassword, WRONG_CREDENTIALS } from "./sign-in";
import { createSignInThrottle, type SignInThrottle } from "./sign-in-throttle";

const LOCKED = /^Too many sign-in attempts for this email\. Wait 15 minutes and try again/;
let addressCounter = 0;
const newAddress = () => `198.51.100.${++addressCounter}`;

describeEachDriver("signing in under the throttle", ({ db, database, driver }) => {
  let team: TeamFixture;
  let throttle: SignInThrottle;
  let address: string;
  const context = () => ({ address, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36", maxAgeSeconds: 3600 });
  const attempt = (email: string, password: string, from = context()) => signInWithPassword(db(), throttle, { email, password }, from);

  beforeEach(async () => {
    team = await createTeamFixture(db());
    throttle = createSignInThrottle(database());
    address = newAddress();
  });
  afterEach(() => vi.restoreAllMocks());

  it("signs in with the right password and records a live session for the cookie", async () => {
    const result = await attempt(team.alice.email, team.password);
    expect(result).toMatchObject({ ok: true, data: { id: team.alice.id, organizationId: team.organizationId } });
    if (!result.ok) return;
    const [row] = await db().select().from(userSessions).where(eq(userSessions.id, result.data.sessionId));
    expect(row).toMatchObject({ userId: team.alice.id, address, revokedAt: null, userAgent: expect.stringContaining("Chrome") });
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(3590_000);
  });

  it("refuses the right password after 35 wrong ones in a row", async () => {
    const answers = [];
    for (let i = 0; i < 35; i++) answers.push(await attempt(team.overseer.email, `guess-${i}`));
    expect(answers.slice(0, 4)).toEqual(Array(4).fill({ ok: false, status: 401, error: WRONG_CREDENTIALS }));
    expect(answers[4]).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(LOCKED) });
    expect(answers.slice(5).every((a) => !a.ok && a.status === 403)).toBe(true);
    expect(await attempt(team.overseer.email, team.password)).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(LOCKED) });
    expect(await db().select().from(userSessions).where(eq(userSessions.userId, team.overseer.id))).toHaveLength(0);
  });

  it("keeps the lock for the email from another address too", async () => {
    for (let i = 0; i < 5; i++) await attempt(team.bob.email, `guess-${i}`);
    const elsewhere = await attempt(team.bob.email.toUpperCase(), team.password, { ...context(), address: newAddress() });
    expect(elsewhere).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(LOCKED) });
  });

  it("answers an unknown email exactly like a known one, lock included", async () => {
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await attempt(team.alice.email, `guess-${i}`));
      unknown.push(await attempt(`nobody-${team.organizationId}@example.com`, `guess-${i}`));
    }
    expect(unknown).toEqual(known);
  });

  it("compares a hash for an unknown email just as for a known one", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    await attempt(team.alice.email, "wrong");
    await attempt(`nobody-else-${team.organizationId}@example.com`, "wrong");
    expect(compare).toHaveBeenCalledTimes(2);
  });

  it("clears the email's counter after a success", async () => {
    for (let i = 0; i < 4; i++) await attempt(team.alice.email, `guess-${i}`);
    expect((await attempt(team.alice.email, team.password)).ok).toBe(true);
    for (let i = 0; i < 4; i++) expect(await attempt(team.alice.email, `again-${i}`)).toMatchObject({ status: 401 });
  });

  it("locks an address that tries many emails, for every email", async () => {
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await attempt(`guess-${i}-${team.organizationId}@example.com`, "password"));
    expect(answers.slice(0, 29).every((a) => !a.ok && a.status === 401)).toBe(true);
    expect(answers[29]).toMatchObject({ status: 403, error: expect.stringMatching(/^Too many sign-in attempts from this network\. Wait 15 minutes/) });
    expect(await attempt(team.alice.email, team.password)).toMatchObject({ status: 403, error: expect.stringMatching(/from this network/) });
    expect((await attempt(team.alice.email, team.password, { ...context(), address: newAddress() })).ok).toBe(true);
  });

  it("refuses a disabled account like a wrong password", async () => {
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, team.bob.id));
    expect(await attempt(team.bob.email, team.password)).toEqual({ ok: false, status: 401, error: WRONG_CREDENTIALS });
  });

  it(`keeps its counters ${driver === "postgres" ? "in the sign_in_throttle table" : "in memory"}`, async () => {
    await attempt(team.alice.email, "wrong");
    const rows = await db().select().from(signInThrottle).where(like(signInThrottle.key, `%${team.alice.email}`));
    expect(rows).toHaveLength(driver === "postgres" ? 1 : 0);
  });
});

