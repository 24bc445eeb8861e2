import type { Db } from "@/lib/db/client";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { apiTokens, assignments, clients } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer } from "@/lib/db/testing/coordination-fixture";
import { DEFAULT_ROLE_PERMISSIONS } from "@/lib/domain/auth/permissions";
import { startSession } from "@/lib/services/auth/sessions";
import { openEscalation } from "@/lib/services/escalations/open-escalation";
import { proposeHandoff } from "@/lib/services/handoffs/propose-handoff";
import { loadRoutingSettings } from "@/lib/services/intake/routing-settings";

/**
 * One organization with something for every console action to act on: a client with no team,
 * a supporter who may claim, offers waiting for Carl, handoffs proposed to him, open
 * escalations, API tokens to revoke and sign-in sessions to end. Each area uses its own
 * records, so fuzzing one action does not use up another's.
 */
export async function createConsoleWorld(db: Db) {
  const fx = await createCoordinationFixture(db);
  const org = fx.organizationId;
  const lead = (name: string) => ({ organizationId: org, firstName: name, lastName: "Fuzz", email: `${name.toLowerCase()}@example.com`, type: "buyer", pipeline: "buyer", marketId: fx.market.id });
  const [free, ...rest] = await db.insert(clients).values(["Free", "Offer1", "Offer2", "Offer3", "Offer4", "Handoff1", "Handoff2"].map(lead)).returning();
  const offerClients = rest.slice(0, 4);
  const handoffClients = rest.slice(4);
  await db.insert(assignments).values({ organizationId: org, clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: new Date() });
  const offerIds: string[] = [];
  for (const c of offerClients) offerIds.push((await insertOffer(db, fx, { clientId: c.id, seatId: fx.carlSeat.id, runnersUp: [fx.aliceSeat.id], expiresAt: new Date(Date.now() + 86_400_000) })).id);
  const handoffIds: string[] = [];
  for (const c of handoffClients) {
    await db.insert(assignments).values({ organizationId: org, clientId: c.id, seatId: fx.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: new Date() });
    const proposed = await proposeHandoff(db, fx.as.jorge, { clientId: c.id, toSeatId: fx.carlSeat.id, kind: "add_support", reason: "Carl covers this weekend" });
    if (proposed.ok) handoffIds.push(proposed.data.handoffId);
  }
  const sla = (await loadRoutingSettings(db, org)).escalationSla;
  const escalationIds: string[] = [];
  for (const [clientId, trigger] of [[fx.aliceClient.id, "human_requested"], [fx.bobClient.id, "human_requested"], [null, "distress_words"], [null, "unproductive_exchanges"]] as const) {
    escalationIds.push((await db.transaction((tx) => openEscalation(tx, { organizationId: org, clientId, trigger, severity: "high", summary: `Needs Jorge (${trigger})` }, sla, new Date()))).id);
  }
  const tokens = await db.insert(apiTokens).values([1, 2, 3].map((n) => ({ organizationId: org, name: `Token ${n}`, tokenHash: `${n}`.repeat(64), prefix: "jsc_test", createdBy: fx.overseer.email }))).returning({ id: apiTokens.id });
  const sessionIds: string[] = [];
  for (let i = 0; i < 3; i++) sessionIds.push(await startSession(db, { organizationId: org, userId: fx.alice.id, userAgent: "fuzz", address: "203.0.113.9", expiresAt: new Date(Date.now() + 3_600_000) }));
  const viewerRole: ViewerRecord = { ...fx.as.bob, role: "viewer", seatId: null, permissions: [...DEFAULT_ROLE_PERMISSIONS.viewer] };
  const viewers: Record<string, ViewerRecord | null> = { jorge: fx.as.jorge, alice: { ...fx.as.alice, sessionId: sessionIds[0] }, bob: fx.as.bob, carl: fx.as.carl, viewer: viewerRole, "signed out": null };
  return { fx, free: free!.id, offerIds, handoffIds, escalationIds, tokenIds: tokens.map((t) => t.id), sessionIds, viewers };
}

export type ConsoleWorld = Awaited<ReturnType<typeof createConsoleWorld>>;
