import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, clients } from "../schema";
import { createCoordinationFixture, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { loadClientPage } from "./client-page";
import { getClientInScope, listClients } from "./clients";
import { scopeOf } from "./scope";

const PREVIEW_KEYS = ["assignmentId", "clientId", "name", "need", "marketName", "priceBand", "language", "lastMessage", "why", "expiresAt"].sort();

describeEachDriver("what the client page and list load for a seat with a pending offer", ({ db }) => {
  let fx: CoordinationFixture;
  const expiresAt = new Date(Date.now() + 15 * 60_000);
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await db().update(clients).set({ budgetMin: 612_000, budgetMax: 745_000, timelineDays: 45, language: "es", phone: "+19095550111", tags: ["va-loan"] }).where(eq(clients.id, fx.aliceClient.id));
    await db().insert(assignments).values({
      organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "offered", expiresAt, reason: "Speaks Spanish and knows Etiwanda",
      scoreBreakdown: { factors: { expertise: 0.9 }, explanations: { expertise: "closed 4 buyers in Rancho Cucamonga", commission: "$40,620 at stake (0.81 of the $50,000 cap)" } },
      runnersUp: [{ seatId: fx.bobSeat.id, score: 0.5 }],
    });
  });

  it("gives a seat holding only a pending offer the preview fields and nothing else", async () => {
    const page = await loadClientPage(db(), fx.as.carl, fx.aliceClient.id);
    if (page?.view !== "preview") throw new Error(`expected the preview, got ${page?.view}`);
    expect(Object.keys(page.preview).sort()).toEqual(PREVIEW_KEYS);
    expect(page.preview).toMatchObject({
      clientId: fx.aliceClient.id, name: "Carmen Buyer", marketName: "Rancho Cucamonga", language: "es", priceBand: { low: 600_000, high: 800_000 },
      need: { clientType: "buyer", pipeline: "buyer", teamRole: "support", seatRole: "buyer_specialist" },
      why: { reason: "Speaks Spanish and knows Etiwanda", factors: [{ factor: "expertise", explanation: "closed 4 buyers in Rancho Cucamonga" }] },
    });
    const shown = JSON.stringify(page);
    for (const secret of ["carmen@example.com", "+19095550111", "612000", "745000", "40,620", "va-loan", fx.bobSeat.id, fx.aliceSeat.id]) expect(shown).not.toContain(secret);
    expect(await getClientInScope(db(), scopeOf(fx.as.carl), fx.aliceClient.id)).toBeNull();
  });

  it("gives the whole client to its owner, the overseer and a viewer, and nothing to a stranger", async () => {
    const viewer = { ...fx.as.jorge, seatId: null, permissions: ["clients.read_all"] };
    for (const who of [fx.as.alice, fx.as.jorge, viewer]) {
      const page = await loadClientPage(db(), who, fx.aliceClient.id);
      expect(page).toMatchObject({ view: "whole", client: { email: "carmen@example.com", budgetMin: 612_000 } });
    }
    expect(await loadClientPage(db(), fx.as.bob, fx.aliceClient.id)).toBeNull();
    expect(await loadClientPage(db(), fx.as.carl, fx.bobClient.id)).toBeNull();
  });

  it("lists offered clients as preview rows after the seat's own clients, found by name but never by contact details", async () => {
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: new Date(), offeredAt: new Date() });
    const [nora] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Nora", lastName: "Newlead", email: "nora@example.com", type: "buyer", pipeline: "buyer", updatedAt: new Date(Date.now() + 60_000) }).returning();
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: nora!.id, seatId: fx.carlSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "offered", expiresAt });
    expect((await loadClientPage(db(), fx.as.carl, nora!.id))?.view).toBe("preview");
    const scope = scopeOf(fx.as.carl);
    const listed = await listClients(db(), scope, {});
    expect(listed.rows.map((r) => [r.id, r.preview])).toEqual([[fx.bobClient.id, false], [nora!.id, true], [fx.aliceClient.id, true]]);
    expect(Object.keys(listed.rows[2]!).sort()).toEqual(["firstName", "id", "lastName", "marketName", "preview", "type"]);
    expect((await listClients(db(), scope, { q: "nora@example" })).total).toBe(0);
    expect((await listClients(db(), scope, { q: "carmen" })).rows.map((r) => r.id)).toEqual([fx.aliceClient.id]);
    expect((await listClients(db(), scope, { q: "5550111" })).total).toBe(0);
    expect((await listClients(db(), scope, { q: "5550100" })).rows.map((r) => r.id)).toEqual([fx.bobClient.id]);
    expect((await listClients(db(), scopeOf(fx.as.alice), { q: "5550111" })).rows.map((r) => [r.id, r.preview])).toEqual([[fx.aliceClient.id, false]]);
  });
});
