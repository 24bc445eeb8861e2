/**
 * Which first data a database gets. The demo team has published passwords, so it is loaded only
 * on the embedded zero-setup database or when DEMO_SEED=true asks for it; everything else gets
 * the real organization alone, with no users.
 */

export interface SeedEnvironment {
  /** DATABASE_URL: set means PostgreSQL, unset or empty means the embedded database. */
  databaseUrl?: string;
  /** DEMO_SEED as written in the environment. */
  demoSeed?: string;
}

export type SeedPlan =
  /** `explicit` is true when DEMO_SEED=true asked for the demo team rather than the default. */
  | { kind: "demo"; reason: string; explicit: boolean }
  /** `demoRefusal` is what to tell a person who asked for the demo team explicitly. */
  | { kind: "organization"; reason: string; demoRefusal: string }
  | { kind: "invalid"; error: string };

/** The demo switch: true, false, or unset (undefined) when DEMO_SEED is absent or empty. */
function readDemoSeed(value: string | undefined): boolean | undefined | "invalid" {
  const word = (value ?? "").trim().toLowerCase();
  if (word === "") return undefined;
  if (word === "true") return true;
  if (word === "false") return false;
  return "invalid";
}

/** Decides between the demo team and the bare organization from DATABASE_URL and DEMO_SEED. */
export function decideSeedPlan(env: SeedEnvironment): SeedPlan {
  const postgres = Boolean(env.databaseUrl && env.databaseUrl.trim() !== "");
  const demo = readDemoSeed(env.demoSeed);
  if (demo === "invalid") return { kind: "invalid", error: `DEMO_SEED must be true or false, got "${env.demoSeed}"; unset it to use the default for this database.` };
  if (demo === true) return { kind: "demo", reason: "DEMO_SEED=true", explicit: true };
  if (postgres) {
    return {
      kind: "organization",
      reason: "DATABASE_URL points at PostgreSQL",
      demoRefusal: "The demo team, whose passwords are published, is not loaded into PostgreSQL by default: set DEMO_SEED=true to load the demo team into this PostgreSQL database.",
    };
  }
  if (demo === false) {
    return {
      kind: "organization",
      reason: "DEMO_SEED=false",
      demoRefusal: "DEMO_SEED=false is set, so the demo team is not loaded: unset DEMO_SEED to load the demo team into the embedded database.",
    };
  }
  return { kind: "demo", reason: "the embedded database starts with the demo team (DEMO_SEED=false skips it)", explicit: false };
}
