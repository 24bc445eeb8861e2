import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, Db } from "@/lib/db/client";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { queryRows } from "@/lib/db/rows";
import { assignments, clients, escalations, handoffs, outboundMessages, seatNotices, tasks, users } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { matrixCases, matrixSize, type MatrixCase } from "@/lib/domain/auth/access-matrix";
import { ACTION_DOORS } from "@/lib/domain/auth/access-matrix-actions";
import { actionExpectation, type ActionDoor, type ActionSampleIds } from "@/lib/domain/auth/access-matrix-doors";
import type { MatrixRole } from "@/lib/domain/auth/access-matrix-rules";
import { createApiToken } from "@/lib/services/api-tokens";
import { startSession } from "@/lib/services/auth/sessions";

// The session lookup answers with the role's real viewer record; Auth.js and revalidatePath need a
// request, so sign-in and sign-out are stand-ins and revalidating does nothing.
const session = vi.hoisted(() => ({ viewer: null as ViewerRecord | null }));
vi.mock("@/lib/auth/viewer", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/auth/viewer")>()), getViewer: async () => session.viewer }));
vi.mock("@/lib/auth/config", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined }));

const ROOT = path.resolve(import.meta.dirname, "..");
/**
 * The most restricted roles first. The doors of one file share a world; a door's permitted calls
 * run after its refused ones and leave the records the other doors sample in place (proposals
 * stay proposed, the sample clients keep their owners).
 */
const ORDER: readonly MatrixRole[] = ["anonymous", "viewer", "agent", "overseer"];
const EXPIRED = /^Your session (expired|has ended)\. Sign in again/;

/** A date-time field's value ("YYYY-MM-DDTHH:MM") an hour from now, in the business's time zone. */
function inAnHour(): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: "America/Los_Angeles", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(Date.now() + 3_600_000)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A team of its own for one actions file: the fixture's seats and clients, a viewer, sessions, offers, handoffs, an escalation, an API token. */
async function createWorld(db: Db): Promise<{ ids: ActionSampleIds; viewers: Record<Exclude<MatrixRole, "anonymous">, ViewerRecord> }> {
  const fx = await createCoordinationFixture(db);
  const org = fx.organizationId;
  const [hannah] = await db.insert(users).values({ organizationId: org, email: `hannah-${org.slice(0, 8)}@example.com`, name: "Hannah Brooks", role: "viewer", passwordHash: "x" }).returning();
  const client = (firstName: string, ownerSeatId: string | null) => ({ organizationId: org, firstName, lastName: "Sample", email: `${firstName.toLowerCase()}@example.com`, type: "buyer", pipeline: "buyer", marketId: fx.market.id, ownerSeatId });
  const [offeredAlice, offeredBob, handed] = await db.insert(clients).values([client("Olga", null), client("Omar", null), client("Hugo", fx.bobSeat.id)]).returning();
  const expiresAt = new Date(Date.now() + 600_000);
  const offerOwn = await insertOffer(db, fx, { clientId: offeredAlice!.id, seatId: fx.aliceSeat.id, expiresAt });
  const offerOther = await insertOffer(db, fx, { clientId: offeredBob!.id, seatId: fx.bobSeat.id, expiresAt });
  await db.insert(assignments).values({ organizationId: org, clientId: handed!.id, seatId: fx.bobSeat.id, teamRole: "lead", seatRole: "listing_specialist", state: "accepted", respondedAt: new Date() });
  const handoff = (toSeatId: string) => ({ organizationId: org, clientId: handed!.id, fromSeatId: fx.bobSeat.id, toSeatId, kind: "transfer", initiatedBy: "seat", reason: "Bob is away for two weeks.", dossier: {}, proposedByUserId: fx.bob.id });
  const [toAlice, toCarl] = await db.insert(handoffs).values([handoff(fx.aliceSeat.id), handoff(fx.carlSeat.id)]).returning();
  const [escalation] = await db.insert(escalations).values({ organizationId: org, clientId: fx.aliceClient.id, trigger: "human_requested", severity: "high", summary: "Asked for Jorge", ackDueAt: expiresAt, resolveDueAt: expiresAt }).returning();
  const [taskOwn, taskOther] = await db.insert(tasks).values([
    { organizationId: org, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Send the comps", dueAt: expiresAt },
    { organizationId: org, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, title: "Call the lender", dueAt: expiresAt },
  ]).returning();
  const [noticeOwn, noticeOther] = await db.insert(seatNotices).values([
    { organizationId: org, seatId: fx.aliceSeat.id, kind: "task_reassigned", body: "Jorge gave you a task." },
    { organizationId: org, seatId: fx.bobSeat.id, kind: "task_reassigned", body: "Jorge gave you a task." },
  ]).returning();
  const held = (clientId: string, seatId: string, key: string) => ({
    organizationId: org, clientId, seatId, authorKind: "human", channel: "sms", body: "Great for families, close to parks.", idempotencyKey: key,
    verdict: { allowed: true, fairHousing: "warn", optOut: false, quietHours: false, findings: [] }, allowed: true, fairHousing: "warn", state: "held",
  });
  const [heldOwn, heldOther] = await db.insert(outboundMessages).values([held(fx.aliceClient.id, fx.aliceSeat.id, "matrix-own"), held(fx.bobClient.id, fx.bobSeat.id, "matrix-other")]).returning();
  const token = await createApiToken(db, fx.as.jorge, { name: "CRM", scopes: ["requests"] });
  if (!token.ok) throw new Error(`setting up an API token failed: ${token.error}`);
  const session = (userId: string) => startSession(db, { organizationId: org, userId, userAgent: "vitest", address: null, expiresAt });
  const signedIn = async (userId: string) => (await getViewerRecord(db, org, userId, await session(userId)))!;
  return {
    ids: {
      client: { own: fx.aliceClient.id, other: fx.bobClient.id }, seat: { own: fx.aliceSeat.id, other: fx.bobSeat.id }, freeSeat: fx.carlSeat.id,
      offer: { own: offerOwn.id, other: offerOther.id }, handoff: { own: toAlice!.id, other: toCarl!.id }, session: { own: await session(fx.alice.id), other: await session(fx.bob.id) },
      escalation: escalation!.id, task: { own: taskOwn!.id, other: taskOther!.id }, notice: { own: noticeOwn!.id, other: noticeOther!.id }, heldMessage: { own: heldOwn!.id, other: heldOther!.id }, market: fx.market.id, person: fx.carl.id, apiToken: token.data.id, dueAt: inAnHour(),
    },
    viewers: { overseer: await signedIn(fx.overseer.id), agent: await signedIn(fx.alice.id), viewer: await signedIn(hannah!.id) },
  };
}

/** A digest of every row of every table, to show that a refused call wrote nothing. */
async function fingerprint(db: Db): Promise<string> {
  const tables = await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const digests = tables.map((t) => sql`select ${t.name} as name, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as digest from ${sql.identifier(t.name)} r`);
  const rows = await queryRows<{ name: string; digest: string }>(db, sql.join(digests, sql` union all `));
  return rows.map((r) => `${r.name}:${r.digest}`).join(" ");
}

/** Calls the real exported action with a form; a redirect (as after a saved request) counts as its answer. */
async function callAction(door: ActionDoor, fields: Record<string, string>): Promise<{ error?: string; redirect?: string }> {
  const exports = (await import(/* @vite-ignore */ path.join(ROOT, door.file))) as Record<string, unknown>;
  const action = exports[door.name];
  if (typeof action !== "function") throw new Error(`${door.file} does not export a function ${door.name}`);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  try {
    return ((await action({}, form)) as { error?: string } | undefined) ?? {};
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

describeEachDriver("every server action answers each role as the access matrix says", (ctx) => {
  beforeAll(() => {
    console.info(matrixSize(ACTION_DOORS));
    (globalThis as { __consoleDb?: Database }).__consoleDb = ctx.database();
  });
  afterAll(() => {
    delete (globalThis as { __consoleDb?: Database }).__consoleDb;
  });

  for (const file of new Set(ACTION_DOORS.map((d) => d.file))) {
    describe(file, () => {
      let world: Awaited<ReturnType<typeof createWorld>>;
      beforeAll(async () => {
        world = await createWorld(ctx.db());
      });
      for (const door of ACTION_DOORS.filter((d) => d.file === file)) describeDoor(door, () => world);
    });
  }

  /** One door's cases: the ones that must write nothing first, each compared with the door's starting state. */
  function describeDoor(door: ActionDoor, world: () => Awaited<ReturnType<typeof createWorld>>) {
    describe(door.name, () => {
      let untouched: string;
      beforeAll(async () => {
        untouched = await fingerprint(ctx.db());
      });
      const rank = (c: MatrixCase<ActionDoor>) => (actionExpectation(door, c.answer) === "runs" ? ORDER.length : 0) + ORDER.indexOf(c.role);
      for (const c of matrixCases([door]).sort((a, b) => rank(a) - rank(b))) {
        const expected = actionExpectation(door, c.answer);
        const on = door.requires.kind === "own" ? (c.sample === "own" ? " on their own record" : " on another seat's record") : "";
        it(`${c.role}${on}: ${expected}`, async () => {
          session.viewer = c.role === "anonymous" ? null : world().viewers[c.role];
          const answer = await callAction(door, door.input(world().ids, c.sample));
          if (expected === "session-expired") expect(answer.error).toMatch(EXPIRED);
          if (expected === "refused") expect(door.refusals).toContain(answer.error);
          if (expected === "runs") expect(answer.error === undefined || !(door.refusals.includes(answer.error) || EXPIRED.test(answer.error)), `refused: ${answer.error}`).toBe(true);
          else expect(await fingerprint(ctx.db()), "a refused call wrote to the database").toBe(untouched);
        });
      }
    });
  }
});
