import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { organizations } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/db/seed";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { forecastByMarket } from "./intake-forecast";

const asOf = new Date("2026-11-02T17:00:00Z");

describeEachDriver("the intake forecast", ({ db }) => {
  let organizationId: string;
  beforeAll(async () => {
    await seedDatabase(db(), { seed: 5, asOf, clients: 300 });
    organizationId = (await db().select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "jorge-salas")))[0]!.id;
  });

  it("gives every market the rest of this week and four coming weeks, with places and releases", async () => {
    const forecasts = await forecastByMarket(db(), organizationId, asOf);
    expect(forecasts).toHaveLength(5);
    for (const f of forecasts) {
      expect(f.weeks.map((w) => w.week)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
      expect(f.freeNow).toBeGreaterThanOrEqual(0);
      expect(f.weeks.every((w) => w.expected >= 0 && Number.isInteger(w.expected) && Number.isInteger(w.freeAfter) && Number.isInteger(w.shortBy))).toBe(true);
      expect(f.weeks.every((w) => w.short === w.shortBy > 0)).toBe(true);
      expect(Number.isInteger(f.freeNow) && Number.isInteger(f.releasesOverHorizon)).toBe(true);
    }
    expect(forecasts.some((f) => f.weeks.some((w) => w.expected > 0))).toBe(true);
  });

  it("lets each week's places left follow from free now, that week's intake and at most a week of releases", async () => {
    for (const f of await forecastByMarket(db(), organizationId, asOf)) {
      let before = f.freeNow;
      for (const w of f.weeks) {
        const released = w.freeAfter - before + w.expected;
        expect(released, `${f.name}, week of ${w.week}`).toBeGreaterThanOrEqual(0);
        expect(released, `${f.name}, week of ${w.week}`).toBeLessThanOrEqual(Math.ceil(f.releasesPerWeek));
        before = w.freeAfter;
      }
    }
  });
});
