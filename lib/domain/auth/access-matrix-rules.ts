import type { UserRole } from "../team/vocabulary";
import { can, DEFAULT_ROLE_PERMISSIONS, type Permission } from "./permissions";
import type { ApiTokenScope } from "./token-scopes";

/** Who knocks on a door: the three roles, each with its demo sign-in, and someone not signed in. */
export const MATRIX_ROLES = ["overseer", "agent", "viewer", "anonymous"] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * The record an "own" door is tried with: one the team member's seat works (a client it owns
 * or holds a place on, an offer or a handoff to it), or one it does not. Only the team member's
 * seat works the "own" record; the overseer's seat works neither.
 */
export const SAMPLES = ["other", "own"] as const;
export type Sample = (typeof SAMPLES)[number];

/** What a door asks of whoever knocks. */
export type Requirement =
  /** Anyone, signed in or not, gets the same answer. */
  | { kind: "public" }
  /** People who are not signed in; signed-in people are sent on to the overview. */
  | { kind: "signed-out" }
  /** Any signed-in person; what they see may still be scoped to their seat. */
  | { kind: "signed-in" }
  /** A signed-in person holding at least one of these permissions. */
  | { kind: "permission"; anyOf: readonly Permission[] }
  /**
   * `all` opens every record; `own` opens only the person's own records (those their seat works,
   * their own sessions). `own` null: anyone signed in, on their own records; `all` null: nobody
   * acts on everyone's records.
   */
  | { kind: "own"; own: Permission | null; all: Permission | null }
  /** A bearer API token carrying this scope; a console session does not count. */
  | { kind: "token"; scope: ApiTokenScope }
  /** GoHighLevel's signature (or the workflow token); a console session does not count. */
  | { kind: "ghl-signature" }
  /** Off unless the server runs with this environment flag; answers "not found" to everyone. */
  | { kind: "off"; flag: string };

/**
 * What a door should answer: let in; ask to sign in; refuse (lacking a permission); "not yours"
 * (a team member asking for a record their seat does not work); send a signed-in person on;
 * ask for the machine credential the door needs; or not exist at all.
 */
export type Answer = "allowed" | "sign-in" | "refused" | "not-yours" | "sent-on" | "credential" | "off";

export type Grants = Record<UserRole, readonly Permission[]>;

/** True when the role's seat works the sample record. */
function worksSample(role: MatrixRole, sample: Sample): boolean {
  return role === "agent" && sample === "own";
}

/** The answer a door should give a role, derived from what it requires and the role's permissions. */
export function answerFor(requires: Requirement, role: MatrixRole, sample: Sample = "own", grants: Grants = DEFAULT_ROLE_PERMISSIONS): Answer {
  switch (requires.kind) {
    case "public":
      return "allowed";
    case "token":
    case "ghl-signature":
      return "credential";
    case "off":
      return "off";
    case "signed-out":
      return role === "anonymous" ? "allowed" : "sent-on";
  }
  if (role === "anonymous") return "sign-in";
  const granted = grants[role];
  if (requires.kind === "signed-in") return "allowed";
  if (requires.kind === "permission") return requires.anyOf.some((p) => can(granted, p)) ? "allowed" : "refused";
  if (requires.all && can(granted, requires.all)) return "allowed";
  if (requires.own && !can(granted, requires.own)) return "refused";
  return worksSample(role, sample) ? "allowed" : "not-yours";
}

/** The samples a door is tried with: both for "own" doors, where the record decides, else one. */
export function samplesFor(requires: Requirement): readonly Sample[] {
  return requires.kind === "own" ? SAMPLES : ["own"];
}

/** A short reading of a requirement, for test names and messages. */
export function describeRequirement(requires: Requirement): string {
  switch (requires.kind) {
    case "permission":
      return requires.anyOf.join(" or ");
    case "own": {
      const own = `${requires.own ?? "anyone signed in"} on their own records`;
      return requires.all ? `${requires.all}, or ${own}` : own;
    }
    case "token":
      return `API token with scope ${requires.scope}`;
    case "off":
      return `off unless ${requires.flag}`;
    default:
      return requires.kind;
  }
}
