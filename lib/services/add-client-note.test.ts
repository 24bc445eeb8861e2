import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { assignments, auditLog, interactions } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { addClientNote } from "./add-client-note";
import { ACCEPT_OFFER_FIRST } from "./client-access";

describeEachDriver("adding a note to a client", ({ db }) => {
  let team: TeamFixture;
  let alice: ViewerRecord;
  let jorge: ViewerRecord;
  const notesOn = async (clientId: string) =>
    db().select().from(interactions).where(and(eq(interactions.organizationId, team.organizationId), eq(interactions.clientId, clientId)));

  beforeAll(async () => {
    team = await createTeamFixture(db());
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
  });

  it("lets a team member write on their own client, with an audit entry", async () => {
    const result = await addClientNote(db(), alice, { clientId: team.aliceClient.id, body: "Called, pre-approval letter on its way." });
    expect(result.ok).toBe(true);
    expect(await notesOn(team.aliceClient.id)).toHaveLength(1);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.organizationId, team.organizationId), eq(auditLog.entityId, team.aliceClient.id)));
    expect(audit.map((a) => a.action)).toEqual(["client.note_added"]);
  });

  it("answers 404 to a team member writing on another seat's client, and writes nothing", async () => {
    const result = await addClientNote(db(), alice, { clientId: team.bobClient.id, body: "Sneaky" });
    expect(result).toEqual({ ok: false, status: 404, error: expect.stringMatching(/no such client/i) });
    expect(await notesOn(team.bobClient.id)).toHaveLength(0);
  });

  it("tells a seat holding only a pending offer to accept it first, writing nothing, and lets it write once accepted", async () => {
    const bob = (await getViewerRecord(db(), team.organizationId, team.bob.id))!;
    const [offer] = await db().insert(assignments).values({ organizationId: team.organizationId, clientId: team.aliceClient.id, seatId: team.bobSeat.id, teamRole: "support", seatRole: "listing_specialist", state: "offered" }).returning();
    const before = (await notesOn(team.aliceClient.id)).length;
    expect(await addClientNote(db(), bob, { clientId: team.aliceClient.id, body: "Before accepting" })).toEqual({ ok: false, status: 403, error: ACCEPT_OFFER_FIRST });
    expect(await notesOn(team.aliceClient.id)).toHaveLength(before);
    await db().update(assignments).set({ state: "accepted", respondedAt: new Date() }).where(eq(assignments.id, offer!.id));
    expect((await addClientNote(db(), bob, { clientId: team.aliceClient.id, body: "After accepting" })).ok).toBe(true);
    expect(await notesOn(team.aliceClient.id)).toHaveLength(before + 1);
  });

  it("lets the overseer write on any client", async () => {
    expect((await addClientNote(db(), jorge, { clientId: team.bobClient.id, body: "Jorge will call him himself." })).ok).toBe(true);
  });

  it("names the bad field in a clear error", async () => {
    expect(await addClientNote(db(), alice, { clientId: "42", body: "x" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("clientId") });
    expect(await addClientNote(db(), alice, { clientId: team.aliceClient.id, body: "   " })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("body") });
  });

  it("refuses a viewer, who may read but not write", async () => {
    const viewer = { ...jorge, role: "viewer", permissions: ["clients.read_all"] };
    expect(await addClientNote(db(), viewer, { clientId: team.bobClient.id, body: "x" })).toMatchObject({ ok: false, status: 403 });
  });
});
