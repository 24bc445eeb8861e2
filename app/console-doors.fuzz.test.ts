import { generateKeyPairSync } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { z } from "zod";
import { beforeAll, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { getClientInScope, listClients } from "@/lib/db/queries/clients";
import { scopeOf } from "@/lib/db/queries/scope";
import { listBoardSeats } from "@/lib/db/queries/team-board";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { interactions, seatNotices, tasks } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { searchText } from "@/lib/domain/input/search-text";
import { fieldValue, nastyString, wrongUuid } from "@/lib/domain/input/testing/arbitraries";
import { fuzzSuite } from "@/lib/domain/input/testing/fuzz";
import { GHL_FIELD_MAPPING } from "@/lib/domain/settings/defaults";
import { SEVERITIES } from "@/lib/domain/team/vocabulary";
import { fuzzAction, type ActionUnderFuzz } from "@/lib/http/testing/form-fuzz";
import { previewRebalance } from "@/lib/services/rebalance/preview-rebalance";
import { assignTeamTask } from "@/lib/services/team-response/assign-task";
import { createConsoleWorld, type ConsoleWorld } from "./testing/console-world";

// The signed-in person and the database are the test's; Auth.js's signIn is its Credentials
// provider (the sign-in service under the throttle), and signOut and revalidatePath need a
// request, so they redirect and do nothing.
const state = vi.hoisted(() => ({ database: null as Database | null, viewer: null as ViewerRecord | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: () => state.database?.db }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer, viewerCan: (v: ViewerRecord, p: string) => v.permissions.includes(p) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "fuzz" }) }));
vi.mock("next-auth", () => {
  class AuthError extends Error { type = "AuthError"; }
  return { AuthError, CredentialsSignin: class extends AuthError { type = "CredentialsSignin"; code = "credentials"; } };
});
vi.mock("@/lib/auth/request-context", async () => {
  const { createSignInThrottle } = await import("@/lib/services/auth/sign-in-throttle");
  return { appSignInThrottle: () => createSignInThrottle(state.database!), requestContext: () => ({ address: "203.0.113.9", userAgent: "fuzz", maxAgeSeconds: 3600 }) };
});
vi.mock("@/lib/auth/config", async () => {
  const { signInWithPassword } = await import("@/lib/services/auth/sign-in");
  const { createSignInThrottle } = await import("@/lib/services/auth/sign-in-throttle");
  const { SignInRefused } = await import("@/lib/auth/sign-in-refused");
  const { redirect } = await import("next/navigation");
  return {
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
    signIn: async (_provider: string, input: { email: string; password: string; redirectTo: string }) => {
      const result = await signInWithPassword(state.database!.db, createSignInThrottle(state.database!), input, { address: "203.0.113.9", userAgent: "fuzz", maxAgeSeconds: 3600 });
      if (!result.ok) throw new SignInRefused(result.error, result.status === 403);
      expect(input.redirectTo.startsWith("/") && !input.redirectTo.startsWith("//") && !input.redirectTo.includes("\u0000")).toBe(true);
      redirect(input.redirectTo);
    },
  };
});

const client = await import("./(console)/clients/[id]/actions");
const findTeam = await import("./(console)/clients/[id]/find-team-actions");
const appointments = await import("./(console)/clients/[id]/appointment-actions");
const profile = await import("./(console)/clients/[id]/profile-actions");
const contact = await import("./(console)/clients/[id]/contact-actions");
const personal = await import("./(console)/settings/personal-handling-actions");
const inbox = await import("./(console)/inbox/actions");
const taskActions = await import("./(console)/tasks/actions");
const presence = await import("./(console)/tasks/presence-actions");
const noticeActions = await import("./(console)/tasks/notice-actions");
const escalations = await import("./(console)/escalations/actions");
const settings = await import("./(console)/settings/actions");
const rebalance = await import("./(console)/rebalance/actions");
const requests = await import("./(console)/requests/actions");
const account = await import("./(console)/account/actions");
const login = await import("./login/actions");
const fuzz = fuzzSuite("console doors: every server action, the pages' address parameters");
const publicKey = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString();
const one = (ids: string[], extra: Record<string, string> = {}, key = "id") => fc.constantFrom(...ids).map((id) => ({ [key]: id, ...extra }));

describeEachDriver("fuzzing the console's doors", ({ db, database }) => {
  let w: ConsoleWorld;
  beforeAll(async () => {
    w = await createConsoleWorld(db());
  });
  const run = (a: Omit<ActionUnderFuzz<ViewerRecord>, "viewers" | "signIn">) =>
    fuzzAction(fuzz, db, { ...a, viewers: w.viewers, signIn: (v) => { state.database = database(); state.viewer = v; } });
  const form = (fields: Record<string, string>) => Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());

  it("keeps a note whose text carries a NUL, without it", async () => {
    Object.assign(state, { database: database(), viewer: w.fx.as.alice });
    expect(await client.addNoteAction({}, form({ clientId: w.fx.aliceClient.id, body: "Prefers\u0000 texts after 5" }))).toEqual({ ok: true });
    const notes = await db().select({ body: interactions.body }).from(interactions).where(and(eq(interactions.clientId, w.fx.aliceClient.id), eq(interactions.channel, "note")));
    expect(notes.map((n) => n.body)).toContain("Prefers texts after 5");
  });

  it("refuses a task due in the year 9999, or at Date's far end (which PostgreSQL cannot store), naming the accepted years", async () => {
    Object.assign(state, { database: database(), viewer: w.fx.as.alice });
    const task = { clientId: w.fx.aliceClient.id, seatId: w.fx.aliceSeat.id, title: "Send comps" };
    expect(await client.assignTaskAction({}, form({ ...task, dueAt: "9999-12-31T09:00" }))).toEqual({ error: "dueAt: Give a due date and time between the years 1900 and 2200" });
    expect(await assignTeamTask(db(), w.fx.as.alice, { ...task, dueAt: new Date(8.64e15) })).toEqual({ ok: false, status: 400, error: "dueAt: Give a due date and time between the years 1900 and 2200" });
  });

  it("the client page's actions answer a state or a refusal for any form, never throw, and a refusal writes nothing", async () => {
    const { fx } = w;
    await run({ name: "addNoteAction", action: client.addNoteAction, main: "alice", valid: { clientId: fx.aliceClient.id, body: "Called back, wants a showing Saturday" }, runs: 30 });
    await run({ name: "postToThreadAction", action: client.postToThreadAction, main: "alice", valid: { clientId: fx.aliceClient.id, kind: "note", body: "Text her after 5" }, runs: 30 });
    await run({ name: "assignTaskAction", action: client.assignTaskAction, main: "alice", valid: { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Send comps", dueAt: "2030-05-01T09:00" }, runs: 30 });
    await run({ name: "proposeHandoffAction", action: client.proposeHandoffAction, main: "alice", valid: { clientId: fx.aliceClient.id, toSeatId: fx.bobSeat.id, kind: "add_support", reason: "Bob knows Etiwanda well" }, runs: 25 });
    await run({ name: "offerToSeatAction", action: client.offerToSeatAction, main: "jorge", valid: { clientId: w.free, seatId: fx.carlSeat.id }, runs: 20 });
    await run({ name: "findTeamAction", action: findTeam.findTeamAction, main: "jorge", valid: { clientId: w.free }, runs: 15 });
    await run({ name: "claimClientAction", action: client.claimClientAction, main: "carl", valid: { clientId: fx.aliceClient.id }, runs: 20 });
  });

  it("the client workbench's actions (appointments, profile, stage, calls, escalating by hand) answer a state or a refusal for any form", async () => {
    const clientId = w.fx.aliceClient.id;
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 13);
    // A double booking is refused and still recorded as a conflict for Jorge.
    await run({ name: "bookAppointmentAction", action: appointments.bookAppointmentAction, main: "alice", valid: { clientId, kind: "showing", startsAt: `${soon}:00`, durationMinutes: "45", place: "7421 Etiwanda Ave" }, refusalsMayWrite: ["conflicts", "audit_log"], runs: 20 });
    await run({ name: "setAppointmentStatusAction", action: appointments.setAppointmentStatusAction, main: "alice", valid: { clientId, appointmentId: "7b0f2a52-9a5d-4c1e-8f59-3c3b1f1a2d10", status: "cancelled" }, runs: 15 });
    await run({ name: "saveProfileAction", action: profile.saveProfileAction, main: "alice", valid: { clientId, firstName: "Carmen", lastName: "Buyer", email: "carmen@example.com", language: "en", timeZone: "America/Los_Angeles", budget: "$700k-850k", smsConsent: "on" }, runs: 25 });
    await run({ name: "changeStageAction", action: profile.changeStageAction, main: "alice", valid: { clientId, stage: "Qualifying" }, runs: 15 });
    await run({ name: "logContactAction", action: contact.logContactAction, main: "alice", valid: { clientId, channel: "call", outcome: "connected", note: "Talked about Saturday." }, runs: 20 });
    await run({ name: "escalateToJorgeAction", action: contact.escalateToJorgeAction, main: "alice", valid: { clientId, severity: "high", reason: "She wants to talk commission with Jorge himself." }, runs: 15 });
  });

  it("a seat's own day (tasks, presence, notices) answers a state or a refusal for any form, and a refusal writes nothing", async () => {
    const { fx } = w;
    const [task] = await db().insert(tasks).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Send the comps", dueAt: new Date(Date.now() + 86_400_000) }).returning();
    const [notice] = await db().insert(seatNotices).values({ organizationId: fx.organizationId, seatId: fx.aliceSeat.id, kind: "task_reassigned", body: "Jorge gave you a task." }).returning();
    await run({ name: "snoozeTaskAction", action: taskActions.snoozeTaskAction, main: "alice", valid: { taskId: task!.id, until: "hour" }, runs: 15 });
    await run({ name: "reassignTaskAction", action: taskActions.reassignTaskAction, main: "alice", valid: { taskId: task!.id, seatId: fx.aliceSeat.id }, runs: 15 });
    await run({ name: "completeTaskAction", action: taskActions.completeTaskAction, main: "alice", valid: { taskId: task!.id }, runs: 15 });
    await run({ name: "setPresenceAction", action: presence.setPresenceAction, main: "alice", valid: fc.constantFrom({ presence: "away" }, { presence: "available" }), runs: 15 });
    await run({ name: "markNoticeReadAction", action: noticeActions.markNoticeReadAction, main: "alice", valid: { noticeId: notice!.id }, runs: 15 });
  });

  it("the inbox and escalation actions answer a state or a refusal for any form, and a refusal writes nothing", async () => {
    const answers = fc.constantFrom(...w.offerIds).chain((assignmentId) => fc.constantFrom<Record<string, string>>({ assignmentId, answer: "accept" }, { assignmentId, answer: "decline", reason: "Fully booked this week" }));
    await run({ name: "answerOfferAction", action: inbox.answerOfferAction, main: "carl", valid: answers, runs: 30 });
    const decisions = fc.constantFrom(...w.handoffIds).chain((handoffId) => fc.constantFrom<Record<string, string>>({ handoffId, decision: "accept" }, { handoffId, decision: "reject", note: "Not my market" }, { handoffId, decision: "cancel" }));
    await run({ name: "decideHandoffAction", action: inbox.decideHandoffAction, main: "carl", valid: decisions, runs: 25 });
    await run({ name: "declineChoicesAction", action: inbox.declineChoicesAction, main: "carl", valid: one(w.offerIds, {}, "assignmentId"), runs: 15 });
    await run({ name: "noteEscalation", action: escalations.noteEscalation, main: "jorge", valid: one(w.escalationIds, { note: "Called the client back" }, "escalationId"), runs: 25 });
    await run({ name: "reassignEscalation", action: escalations.reassignEscalation, main: "jorge", valid: one(w.escalationIds, { ownerUserId: w.fx.alice.id, note: "Alice has the history" }, "escalationId"), runs: 25 });
    await run({ name: "acknowledgeSelected", action: escalations.acknowledgeSelected, main: "jorge", valid: one(w.escalationIds, { note: "On it" }, "escalationId"), runs: 20 });
    await run({ name: "acknowledgeEscalation", action: escalations.acknowledgeEscalation, main: "jorge", valid: one(w.escalationIds, { note: "On it" }, "escalationId"), runs: 20 });
    await run({ name: "resolveEscalation", action: escalations.resolveEscalation, main: "jorge", valid: one(w.escalationIds, { resolution: "Spoke with the client; they are happy" }, "escalationId"), runs: 20 });
  });

  it("the settings, rebalance and new request forms answer saved, redirected or a refusal for any form, and a refusal writes nothing", async () => {
    const base = { main: "jorge", runs: 15 };
    const sla = Object.fromEntries(SEVERITIES.flatMap((s, i) => [[`${s}.ack`, String(15 * (i + 1))], [`${s}.resolve`, String(240 * (i + 1))]]));
    await run({ ...base, name: "saveWeights", action: settings.saveWeights, valid: { expertise: "0.3", workload: "0.2", successRate: "0.2", preferenceFit: "0.15", commission: "0.15" } });
    await run({ ...base, name: "saveOfferTimeouts", action: settings.saveOfferTimeouts, valid: { hot: "120", default: "900", "role.buyer_specialist": "600" } });
    await run({ ...base, name: "saveEscalationSla", action: settings.saveEscalationSla, valid: sla });
    await run({ ...base, name: "saveHandoffLimits", action: settings.saveHandoffLimits, valid: { samePairMinutes: "30", perHour: "3", perDay: "10" } });
    await run({ ...base, name: "saveFollowUpCadence", action: settings.saveFollowUpCadence, valid: { days: "2, 5, 8", thenEveryDays: "14", maxAttempts: "10", windowStart: "09:00", windowEnd: "18:00" } });
    await run({ ...base, name: "saveGhlKeys", action: settings.saveGhlKeys, valid: { publicKey, allowLegacyRsa: "on" } });
    await run({ ...base, name: "newApiToken", action: settings.newApiToken, valid: { name: "Zapier", scopes: ["requests", "conflicts"], expiresInDays: "90" } });
    await run({ ...base, name: "revokeToken", action: settings.revokeToken, valid: one(w.tokenIds, {}, "tokenId") });
    await run({ ...base, name: "addGhlLocationId", action: settings.addGhlLocationId, valid: { locationId: "ve9EPM428h8vShlRW1KT" } });
    await run({ ...base, name: "removeGhlLocationId", action: settings.removeGhlLocationId, valid: { locationId: "ve9EPM428h8vShlRW1KT" } });
    await run({ ...base, name: "saveFieldMapping", action: settings.saveFieldMapping, valid: Object.fromEntries(Object.entries(GHL_FIELD_MAPPING).map(([fact, names]) => [fact, names.join(", ")])) });
    await run({ ...base, name: "saveMarketAliases", action: settings.saveMarketAliases, valid: { marketId: w.fx.market.id, aliases: "Alta Loma, Etiwanda" } });
    await run({ ...base, name: "savePersonalHandling", action: personal.savePersonalHandling, valid: { commissionThreshold: "72000", tags: "jorge, vip" } });
    const preview = await previewRebalance(db(), w.fx.as.jorge);
    const moves = preview.ok ? preview.data.plan.moves.map((m) => m.client) : [];
    await run({ ...base, name: "applyRebalanceAction", action: rebalance.applyRebalanceAction, valid: { planId: preview.ok ? preview.data.planId : "none", move: moves }, runs: 20 });
    const lead = {
      firstName: "Rosa", lastName: "Mendez", email: "rosa@example.com", phone: "+1 909 555 0142", type: "seller", stage: "New Lead", postalCode: "91730", city: "Rancho Cucamonga", propertyAddress: "1234 Haven Ave",
      language: "es", message: "Queremos vender la casa este verano", tags: "referral, spanish", budget: "$700-800K", priceExpectation: "$850,000", timelineDays: "90", smsConsent: "on", emailConsent: "on", preApproved: "yes", leadSource: "Zillow",
    };
    await run({ ...base, name: "submitRequestForm", action: requests.submitRequestForm, valid: lead, runs: 40 });
  });

  it("signing in and the account page answer a state, a redirect or a refusal for any form; a refusal writes nothing but the throttle's count", async () => {
    const { fx } = w;
    const throttled = { refusalsMayWrite: ["sign_in_throttle"] };
    await run({ ...throttled, name: "login", action: login.login, main: "signed out", valid: { email: fx.overseer.email, password: fx.password, next: "/clients?stage=New+Lead" }, runs: 30 });
    const next = "a much longer passphrase 2026";
    await run({ ...throttled, name: "savePassword", action: account.savePassword, main: "alice", valid: { current: fx.password, next, confirm: next }, runs: 10 });
    await run({ ...throttled, name: "setTeamMemberAccess", action: account.setTeamMemberAccess, main: "jorge", valid: fc.constantFrom({ userId: fx.bob.id, access: "disable" }, { userId: fx.bob.id, access: "enable" }), runs: 20 });
    await run({ ...throttled, name: "signOutSession", action: account.signOutSession, main: "alice", valid: one(w.sessionIds.slice(1), {}, "sessionId"), runs: 20 });
    await run({ ...throttled, name: "signOutEverywhere", action: account.signOutEverywhere, main: "alice", valid: {}, runs: 5 });
  });

  it("the client list, the team board and a client's page answer for any address parameters, never an error", async () => {
    const filters = z.object({ q: searchText(100), market: z.guid().optional().catch(undefined), page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined) });
    const param = fc.oneof({ weight: 4, arbitrary: nastyString }, fc.array(nastyString, { maxLength: 3 }), fieldValue);
    await fuzz.check(fc.record({ q: param, market: fc.oneof(wrongUuid, param), page: param, id: fc.oneof(wrongUuid, nastyString), as: fc.constantFrom("jorge", "alice") }), async (raw) => {
      const f = filters.parse(raw);
      const scope = scopeOf(w.viewers[raw.as]!);
      expect(Array.isArray((await listClients(db(), scope, { q: f.q, marketId: f.market, page: f.page })).rows)).toBe(true);
      expect(Array.isArray(await listBoardSeats(db(), scope, { q: f.q, marketId: f.market }))).toBe(true);
      const id = z.guid().safeParse(raw.id);
      if (id.success) expect(await getClientInScope(db(), scope, id.data)).toBeNull();
    }, 50);
  });
});
