import { DEFAULT_ROLE_PERMISSIONS, type Permission } from "../auth/permissions";
import { DEFAULT_WEIGHTS } from "../routing/weights";
import { ESCALATION_SLA, FOLLOW_UP_CADENCE, GHL_FIELD_MAPPING, HANDOFF_LIMITS, OFFER_TIMEOUT_SECONDS, PERSONAL_HANDLING, SETTING_KEYS } from "../settings/defaults";
import { USER_ROLES, type UserRole } from "../team/vocabulary";

/** The slug of the team's organization; the demo seed and the production setup both use it. */
export const ORGANIZATION_SLUG = "jorge-salas";

/** The organization's name when ORGANIZATION_NAME does not give one. */
export const DEFAULT_ORGANIZATION_NAME = "Jorge Salas Real Estate";

/**
 * The place names clients use for each default market, by market slug (DOMAIN "Place names"):
 * Rancho Cucamonga's neighborhoods, and the cities that name the other markets. The overseer
 * edits them in Settings.
 */
export const DEFAULT_MARKET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "rancho-cucamonga": ["Alta Loma", "Etiwanda", "Terra Vista", "Victoria Gardens", "Day Creek", "Central RC"],
  "upland-ontario": ["Upland", "Ontario"],
  fontana: ["Fontana"],
  "chino-hills": ["Chino Hills"],
  eastvale: ["Eastvale"],
};

/** A default market's aliases, a fresh copy; none for a market the defaults do not know. */
export function defaultMarketAliases(slug: string): string[] {
  return [...(DEFAULT_MARKET_ALIASES[slug] ?? [])];
}

/** Every configurable rule at its documented default, keyed by setting name; fresh copies each call. */
export function defaultSettingValues(): Record<string, unknown> {
  return structuredClone({
    [SETTING_KEYS.routingWeights]: { ...DEFAULT_WEIGHTS },
    [SETTING_KEYS.offerTimeouts]: OFFER_TIMEOUT_SECONDS,
    [SETTING_KEYS.escalationSla]: ESCALATION_SLA,
    [SETTING_KEYS.handoffLimits]: HANDOFF_LIMITS,
    [SETTING_KEYS.followUpCadence]: FOLLOW_UP_CADENCE,
    [SETTING_KEYS.personalHandling]: PERSONAL_HANDLING,
    [SETTING_KEYS.ghlFieldMapping]: GHL_FIELD_MAPPING,
  });
}

/** One row per role and permission a new organization starts with. */
export function defaultRolePermissions(): { role: UserRole; permission: Permission }[] {
  return USER_ROLES.flatMap((role) => DEFAULT_ROLE_PERMISSIONS[role].map((permission) => ({ role, permission })));
}
