import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { clients, interactions } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { evidenceBySeat, evidenceForClient } from "./satisfaction-evidence";

const t0 = new Date("2026-11-20T16:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describeEachDriver("satisfaction evidence", ({ db }) => {
  let team: TeamFixture;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    const base = { organizationId: team.organizationId, clientId: team.aliceClient.id, channel: "sms" };
    await db().insert(interactions).values([
      { ...base, direction: "inbound", body: "Is it still available?", occurredAt: at(0), sentiment: 0.4 },
      { ...base, direction: "outbound", seatId: team.aliceSeat.id, body: "Yes, want to see it?", occurredAt: at(12) },
      { ...base, direction: "inbound", body: "Great, Saturday works", occurredAt: at(30), sentiment: 0.8 },
      { ...base, direction: "inbound", body: "Hello?", occurredAt: at(500), sentiment: -0.2 },
    ]);
    await db().update(clients).set({ satisfaction: 0.9 }).where(eq(clients.id, team.aliceClient.id));
  });

  it("measures reply times, mood and the survey per owner seat", async () => {
    const bySeat = await evidenceBySeat(db(), team.organizationId, at(-60));
    expect(bySeat.get(team.aliceSeat.id)).toEqual({ responseMinutes: [12], sentiments: expect.arrayContaining([0.4, 0.8, -0.2]), surveys: [0.9] });
    expect(bySeat.has(team.bobSeat.id)).toBe(false);
  });

  it("gives one client's evidence, and empty evidence for a quiet client", async () => {
    expect((await evidenceForClient(db(), team.organizationId, team.aliceClient.id, 1, at(600))).sentiments).toHaveLength(3);
    expect(await evidenceForClient(db(), team.organizationId, team.bobClient.id, 1, at(600))).toEqual({ responseMinutes: [], sentiments: [], surveys: [] });
  });
});
