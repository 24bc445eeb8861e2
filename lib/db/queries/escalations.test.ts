import { beforeAll, expect, it } from "vitest";
import { escalations } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { escalationCounts } from "./escalations";

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
