import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerFor, MATRIX_ROLES, samplesFor, type Grants, type MatrixRole, type Requirement } from "./access-matrix-rules";
import { DEFAULT_ROLE_PERMISSIONS, PERMISSIONS } from "./permissions";

/** The answer for every role (and sample) as one readable object. */
function answers(requires: Requirement, grants: Grants = DEFAULT_ROLE_PERMISSIONS) {
  return Object.fromEntries(
    MATRIX_ROLES.map((role) => [role, requires.kind === "own" ? { own: answerFor(requires, role, "own", grants), other: answerFor(requires, role, "other", grants) } : answerFor(requires, role, "own", grants)]),
  );
}

describe("answerFor derives each role's answer from the requirement and the role's permissions", () => {
  it("opens a public door to everyone and sends signed-in people past the login page", () => {
    expect(answers({ kind: "public" })).toEqual({ overseer: "allowed", agent: "allowed", viewer: "allowed", anonymous: "allowed" });
    expect(answers({ kind: "signed-out" })).toEqual({ overseer: "sent-on", agent: "sent-on", viewer: "sent-on", anonymous: "allowed" });
  });

  it("asks someone not signed in to sign in, and lets any signed-in person through a signed-in door", () => {
    expect(answers({ kind: "signed-in" })).toEqual({ overseer: "allowed", agent: "allowed", viewer: "allowed", anonymous: "sign-in" });
  });

  it("refuses a signed-in role that holds none of the permissions", () => {
    expect(answers({ kind: "permission", anyOf: ["settings.manage"] })).toEqual({ overseer: "allowed", agent: "refused", viewer: "refused", anonymous: "sign-in" });
    expect(answers({ kind: "permission", anyOf: ["clients.write_own", "clients.write_all"] })).toEqual({ overseer: "allowed", agent: "allowed", viewer: "refused", anonymous: "sign-in" });
  });

  it("lets a team member reach only their own records, and the roles that see everything reach all", () => {
    expect(answers({ kind: "own", own: "clients.read_own", all: "clients.read_all" })).toEqual({
      overseer: { own: "allowed", other: "allowed" }, agent: { own: "allowed", other: "not-yours" }, viewer: { own: "allowed", other: "allowed" }, anonymous: { own: "sign-in", other: "sign-in" },
    });
    expect(answers({ kind: "own", own: "clients.write_own", all: "clients.write_all" })).toEqual({
      overseer: { own: "allowed", other: "allowed" }, agent: { own: "allowed", other: "not-yours" }, viewer: { own: "refused", other: "refused" }, anonymous: { own: "sign-in", other: "sign-in" },
    });
  });

  it("keeps a seat-only door to the seat that works the record, the overseer included", () => {
    expect(answers({ kind: "own", own: "clients.write_own", all: null })).toEqual({
      overseer: { own: "not-yours", other: "not-yours" }, agent: { own: "allowed", other: "not-yours" }, viewer: { own: "refused", other: "refused" }, anonymous: { own: "sign-in", other: "sign-in" },
    });
  });

  it("lets anyone signed in act on their own records only when the door needs no permission", () => {
    expect(answers({ kind: "own", own: null, all: null })).toEqual({
      overseer: { own: "not-yours", other: "not-yours" }, agent: { own: "allowed", other: "not-yours" }, viewer: { own: "not-yours", other: "not-yours" }, anonymous: { own: "sign-in", other: "sign-in" },
    });
  });

  it("never lets a console session stand in for a machine credential, and keeps an off door off", () => {
    for (const requires of [{ kind: "token", scope: "requests" }, { kind: "ghl-signature" }] as const) {
      expect(new Set(Object.values(answers(requires)))).toEqual(new Set(["credential"]));
    }
    expect(new Set(Object.values(answers({ kind: "off", flag: "CONSOLE_BENCH_ROUTES" })))).toEqual(new Set(["off"]));
  });

  it("follows the organization's stored permissions, not a fixed table", () => {
    const changed: Grants = { ...DEFAULT_ROLE_PERMISSIONS, agent: [...DEFAULT_ROLE_PERMISSIONS.agent, "escalations.manage"], viewer: [] };
    expect(answers({ kind: "permission", anyOf: ["escalations.manage"] }, changed)).toMatchObject({ agent: "allowed", viewer: "refused" });
    expect(answers({ kind: "own", own: "clients.read_own", all: "clients.read_all" }, changed)).toMatchObject({ viewer: { own: "refused", other: "refused" } });
  });

  it("allows a permission door exactly when the role holds one of its permissions, for any grants", () => {
    const permission = fc.constantFrom(...PERMISSIONS);
    fc.assert(
      fc.property(fc.uniqueArray(permission), fc.uniqueArray(permission, { minLength: 1 }), fc.constantFrom<MatrixRole>("overseer", "agent", "viewer"), (granted, anyOf, role) => {
        const grants: Grants = { ...DEFAULT_ROLE_PERMISSIONS, [role]: granted };
        const allowed = anyOf.some((p) => granted.includes(p));
        expect(answerFor({ kind: "permission", anyOf }, role, "own", grants)).toBe(allowed ? "allowed" : "refused");
      }),
    );
  });

  it("tries own-record doors with both samples and every other door with one", () => {
    expect(samplesFor({ kind: "own", own: "clients.read_own", all: "clients.read_all" })).toEqual(["other", "own"]);
    expect(samplesFor({ kind: "signed-in" })).toEqual(["own"]);
  });
});
