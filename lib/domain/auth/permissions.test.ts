import { describe, expect, it } from "vitest";
import { can, DEFAULT_ROLE_PERMISSIONS, PERMISSIONS } from "./permissions";

describe("permissions", () => {
  it("give the overseer every permission", () => {
    expect([...DEFAULT_ROLE_PERMISSIONS.overseer].sort()).toEqual([...PERMISSIONS].sort());
  });

  it("keep a team member to their own clients", () => {
    expect(can(DEFAULT_ROLE_PERMISSIONS.agent, "clients.read_own")).toBe(true);
    expect(can(DEFAULT_ROLE_PERMISSIONS.agent, "clients.read_all")).toBe(false);
    expect(can(DEFAULT_ROLE_PERMISSIONS.agent, "settings.manage")).toBe(false);
  });

  it("let a viewer read everything and change nothing", () => {
    expect(can(DEFAULT_ROLE_PERMISSIONS.viewer, "clients.read_all")).toBe(true);
    expect(DEFAULT_ROLE_PERMISSIONS.viewer.some((p) => p.endsWith("write_own") || p.endsWith("write_all") || p.endsWith("manage"))).toBe(false);
  });
});
