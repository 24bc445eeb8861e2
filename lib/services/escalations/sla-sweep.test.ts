import { beforeAll, expect, it, vi } from "vitest";
import { escalations } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import type { NewConsoleEvent } from "@/lib/events/publish";
import { sweepEscalationSlas } from "./sla-sweep";

const published = vi.hoisted(() => [] as NewConsoleEvent[]);
vi.mock("@/lib/events/publish", () => ({ publishEvent: async (_tx: unknown, event: NewConsoleEvent) => void published.push(event) }));

const T0 = new Date("2026-11-25T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("the SLA sweep's announcements", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("says how late in hours and days, not in thousands of minutes", async () => {
    published.length = 0;
    await db().insert(escalations).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, trigger: "human_requested", severity: "low", summary: "Wants Jorge", ackDueAt: T0, resolveDueAt: at(3 * 1440), createdAt: at(-60) });
    expect(await sweepEscalationSlas(db(), at(1219))).toBe(1);
    expect(await sweepEscalationSlas(db(), at(3 * 1440 + 3 * 60 + 40))).toBe(1);
    expect(published.map((e) => e.summary)).toEqual(["Acknowledge deadline passed 20 h 19 min ago: Wants Jorge", "Resolve deadline passed 3 h 40 min ago: Wants Jorge"]);
  });
});
