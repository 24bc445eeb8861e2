import { describe, expect, it } from "vitest";
import { DEFAULT_ROLE_PERMISSIONS } from "../auth/permissions";
import { DEFAULT_WEIGHTS } from "../routing/weights";
import { FOLLOW_UP_CADENCE, SETTING_KEYS } from "../settings/defaults";
import { defaultRolePermissions, defaultSettingValues } from "./organization-defaults";

describe("organization defaults", () => {
  it("hold one value for every setting key, at its documented default", () => {
    const values = defaultSettingValues();
    expect(Object.keys(values).sort()).toEqual(Object.values(SETTING_KEYS).sort());
    expect(values[SETTING_KEYS.routingWeights]).toEqual(DEFAULT_WEIGHTS);
    expect(values[SETTING_KEYS.followUpCadence]).toEqual(FOLLOW_UP_CADENCE);
  });

  it("hand out copies, so a change to one leaves the defaults alone", () => {
    const values = defaultSettingValues();
    (values[SETTING_KEYS.followUpCadence] as { days: number[] }).days.push(99);
    expect(defaultSettingValues()[SETTING_KEYS.followUpCadence]).toEqual(FOLLOW_UP_CADENCE);
  });

  it("grant each role exactly its default permissions", () => {
    const rows = defaultRolePermissions();
    for (const [role, permissions] of Object.entries(DEFAULT_ROLE_PERMISSIONS)) {
      expect(rows.filter((r) => r.role === role).map((r) => r.permission)).toEqual([...permissions]);
    }
    expect(new Set(rows.map((r) => `${r.role}:${r.permission}`)).size).toBe(rows.length);
  });
});
