import { beforeAll, expect, it } from "vitest";
import { groupByCause } from "../../domain/escalation/inbox-order";
import { escalationNotes, escalations } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { escalationCounts, listEscalations } from "./escalations";

describeEachDriver("the escalations inbox counts", ({ db }) => {
  let team: TeamFixture;
  const now = new Date("2026-12-01T17:00:00Z");
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

  beforeAll(async () => {
    team = await createTeamFixture(db());
    const base = { organizationId: team.organizationId, trigger: "human_requested", summary: "Asked for Jorge", createdAt: hours(-6) };
    await db().insert(escalations).values([
      { ...base, severity: "critical", status: "open", ackDueAt: hours(-5), resolveDueAt: hours(2) },
      { ...base, severity: "high", status: "acknowledged", acknowledgedAt: hours(-5.5), ackDueAt: hours(-5), resolveDueAt: hours(-1) },
      { ...base, severity: "medium", status: "open", ackDueAt: hours(1), resolveDueAt: hours(20) },
      { ...base, severity: "critical", status: "resolved", acknowledgedAt: hours(-5.5), resolvedAt: hours(-2), resolution: "Jorge called back", ackDueAt: hours(-5), resolveDueAt: hours(-1) },
    ]);
  });

  it("count unresolved, overdue (past the acknowledge or resolve deadline) and open criticals at a given moment", async () => {
    expect(await escalationCounts(db(), team.organizationId, now)).toEqual({ unresolved: 3, overdue: 2, critical: 1 });
    expect(await escalationCounts(db(), team.organizationId, hours(-10))).toEqual({ unresolved: 3, overdue: 0, critical: 1 });
  });
});

describeEachDriver("the escalations inbox order", ({ db }) => {
  let team: TeamFixture;
  const now = new Date("2026-12-01T17:00:00Z");
  const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

  beforeAll(async () => {
    team = await createTeamFixture(db());
    const org = team.organizationId;
    const deadlineKey = `deadline_at_risk:${team.bobClient.id}:-:2026-12-01`;
    const batch = Array.from({ length: 9 }, (_, i) => ({ organizationId: org, clientId: team.bobClient.id, trigger: "deadline_at_risk", severity: "critical", causeKey: deadlineKey, summary: `Deadline ${i}`, createdAt: minutes(-i), ackDueAt: minutes(15 - i), resolveDueAt: minutes(240) }));
    const [person] = await db().insert(escalations).values({ organizationId: org, clientId: team.aliceClient.id, trigger: "human_requested", severity: "high", summary: "Carmen asked for Jorge", createdAt: minutes(-30), ackDueAt: minutes(30), resolveDueAt: minutes(1410) }).returning();
    await db().insert(escalations).values([
      ...batch,
      { organizationId: org, clientId: team.bobClient.id, trigger: "no_eligible_seat", severity: "medium", summary: "No seat speaks Vietnamese", createdAt: minutes(-5), ackDueAt: minutes(235), resolveDueAt: minutes(2875) },
    ]);
    await db().insert(escalationNotes).values([
      { organizationId: org, escalationId: person!.id, body: "Again: Carmen: can I talk to Jorge?", createdAt: minutes(-10) },
      { organizationId: org, escalationId: person!.id, authorUserId: team.overseer.id, body: "Again: I will call her", createdAt: minutes(-9) },
    ]);
  });

  it("lists a client asking for Jorge before a batch of critical deadline notices, with the times her cause came up again", async () => {
    const rows = await listEscalations(db(), team.organizationId, {}, now);
    expect(rows.map((r) => r.trigger)).toEqual(["human_requested", ...Array(9).fill("deadline_at_risk"), "no_eligible_seat"]);
    expect(rows[0]!.repeatedAt).toEqual([minutes(-10)]);
    expect(rows.slice(1, 10).map((r) => r.summary)).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0].map((i) => `Deadline ${i}`));
    const groups = groupByCause(rows);
    expect(groups.map((g) => [g.items[0]!.trigger, g.count])).toEqual([["human_requested", 2], ["deadline_at_risk", 9], ["no_eligible_seat", 1]]);
  });
});
