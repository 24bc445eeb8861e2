import { describe, expect, it } from "vitest";
import { DEFAULT_ROLE_PERMISSIONS } from "../auth/permissions";
import { DEFAULT_WEIGHTS } from "../routing/weights";
import { resolveMarket } from "../routing/market-resolution";
import { MARKETS } from "../routing/test-fixtures";
import { GHL_FIELD_MAPPING, FOLLOW_UP_CADENCE, SETTING_KEYS } from "../settings/defaults";
import { DEFAULT_MARKET_ALIASES, defaultMarketAliases, defaultRolePermissions, defaultSettingValues } from "./organization-defaults";

describe("organization defaults", () => {
  it("hold one value for every setting key, at its documented default", () => {
    const values = defaultSettingValues();
    expect(Object.keys(values).sort()).toEqual(Object.values(SETTING_KEYS).sort());
    expect(values[SETTING_KEYS.routingWeights]).toEqual(DEFAULT_WEIGHTS);
    expect(values[SETTING_KEYS.followUpCadence]).toEqual(FOLLOW_UP_CADENCE);
    expect(values[SETTING_KEYS.ghlFieldMapping]).toEqual(GHL_FIELD_MAPPING);
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

  it("name every place clients use for the default markets", () => {
    const slugs: Record<string, string> = { "m-rc": "rancho-cucamonga", "m-uo": "upland-ontario", "m-fo": "fontana", "m-ch": "chino-hills", "m-ev": "eastvale" };
    const placed = MARKETS.map((m) => ({ ...m, aliases: defaultMarketAliases(slugs[m.id]!) }));
    const expected: Record<string, string> = {
      "Alta Loma": "m-rc", Etiwanda: "m-rc", "Terra Vista": "m-rc", "Victoria Gardens": "m-rc", "Day Creek": "m-rc", "Central RC": "m-rc",
      "Chino Hills": "m-ch", Eastvale: "m-ev", Fontana: "m-fo", Upland: "m-uo", Ontario: "m-uo",
    };
    for (const [place, market] of Object.entries(expected)) expect(resolveMarket(placed, null, null, `Looking at homes in ${place}`).market?.id).toBe(market);
    expect(Object.keys(DEFAULT_MARKET_ALIASES).sort()).toEqual(Object.values(slugs).sort());
    expect(defaultMarketAliases("nowhere")).toEqual([]);
  });
});
