import { describe, expect, it } from "vitest";
import { decideSeedPlan } from "./seed-plan";

const PG = "postgres://console@db.internal:5432/console";

describe("decideSeedPlan", () => {
  it("loads the demo team on the embedded database by default", () => {
    expect(decideSeedPlan({})).toMatchObject({ kind: "demo", explicit: false });
    expect(decideSeedPlan({ databaseUrl: "", demoSeed: "" }).kind).toBe("demo");
  });

  it("skips the demo on the embedded database when DEMO_SEED=false", () => {
    const plan = decideSeedPlan({ demoSeed: "false" });
    expect(plan).toMatchObject({ kind: "organization", reason: "DEMO_SEED=false" });
    if (plan.kind === "organization") expect(plan.demoRefusal).toContain("unset DEMO_SEED");
  });

  it("sets up only the organization on PostgreSQL and says how to get the demo", () => {
    const plan = decideSeedPlan({ databaseUrl: PG });
    expect(plan.kind).toBe("organization");
    if (plan.kind === "organization") expect(plan.demoRefusal).toContain("set DEMO_SEED=true to load the demo team into this PostgreSQL database");
    expect(decideSeedPlan({ databaseUrl: PG, demoSeed: "false" }).kind).toBe("organization");
  });

  it("loads the demo team wherever DEMO_SEED=true asks for it", () => {
    expect(decideSeedPlan({ databaseUrl: PG, demoSeed: "true" })).toEqual({ kind: "demo", reason: "DEMO_SEED=true", explicit: true });
    expect(decideSeedPlan({ demoSeed: " TRUE " }).kind).toBe("demo");
  });

  it("refuses a DEMO_SEED that is neither true nor false, whatever the database", () => {
    for (const demoSeed of ["yes", "1", "on"]) {
      expect(decideSeedPlan({ databaseUrl: PG, demoSeed })).toEqual({ kind: "invalid", error: expect.stringContaining(`got "${demoSeed}"`) });
      expect(decideSeedPlan({ demoSeed }).kind).toBe("invalid");
    }
  });
});
