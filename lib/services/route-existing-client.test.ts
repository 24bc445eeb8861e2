import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { assignments, clientRequests, clients } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { routeExistingClient } from "./route-existing-client";

describeEachDriver("finding a team for a client on file", ({ db }) => {
  let team: TeamFixture;
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  let clientId: string;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
    const [c] = await db().insert(clients).values({ organizationId: team.organizationId, firstName: "Nora", phone: "+19095550123", type: "buyer", pipeline: "buyer", marketId: team.market.id, postalCode: "91701" }).returning();
    clientId = c!.id;
  });

  it("routes the client through the coordinator and records the request once per minute", async () => {
    const now = new Date();
    expect(await routeExistingClient(db(), jorge, clientId, now)).toMatchObject({ ok: true });
    const lead = await db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.teamRole, "lead")));
    expect(lead).toHaveLength(1);
    expect(lead[0]).toMatchObject({ seatId: team.aliceSeat.id, state: "offered" });
    await routeExistingClient(db(), jorge, clientId, now);
    const [{ n }] = (await db().select({ n: sql<number>`count(*)::int` }).from(clientRequests).where(eq(clientRequests.clientId, clientId))) as [{ n: number }];
    expect(n).toBe(1);
    expect(await db().select().from(clients).where(eq(clients.phone, "+19095550123"))).toHaveLength(1);
  });

  it("is refused to a team member and for unknown clients", async () => {
    expect(await routeExistingClient(db(), alice, clientId)).toMatchObject({ ok: false, status: 403 });
    expect(await routeExistingClient(db(), jorge, "00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false, status: 404 });
    expect(await routeExistingClient(db(), jorge, "nope")).toMatchObject({ ok: false, status: 400 });
  });
});
