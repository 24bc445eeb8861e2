import type { OfferTimeouts } from "@/lib/domain/assignment/offer-timeout";
import { personalHandlingFromSetting, priorityOptionsFor, weightsFromSetting, type PersonalHandling, type PriorityOptions, type RoutingWeights } from "@/lib/domain/routing";
import { ESCALATION_SLA, OFFER_TIMEOUT_SECONDS, SETTING_KEYS } from "@/lib/domain/settings/defaults";
import type { Severity } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { getSettings } from "@/lib/db/queries/organizations";

export interface RoutingSettings {
  weights: RoutingWeights;
  offerTimeoutSeconds: OfferTimeouts;
  escalationSla: Record<Severity, { ackMinutes: number; resolveMinutes: number }>;
  /** Which clients Jorge leads himself: the commission line on the client's own price, and his tags. */
  personalHandling: PersonalHandling;
}

/** The organization's routing settings, each falling back to its documented default. */
export async function loadRoutingSettings(db: Db | Tx, organizationId: string): Promise<RoutingSettings> {
  const keys = [SETTING_KEYS.routingWeights, SETTING_KEYS.offerTimeouts, SETTING_KEYS.escalationSla, SETTING_KEYS.personalHandling];
  const stored = await getSettings(db, organizationId, keys);
  return {
    weights: weightsFromSetting(stored.get(SETTING_KEYS.routingWeights)).weights,
    offerTimeoutSeconds: { ...OFFER_TIMEOUT_SECONDS, ...(stored.get(SETTING_KEYS.offerTimeouts) as object | undefined) },
    escalationSla: { ...ESCALATION_SLA, ...(stored.get(SETTING_KEYS.escalationSla) as object | undefined) },
    personalHandling: personalHandlingFromSetting(stored.get(SETTING_KEYS.personalHandling)).setting,
  };
}

/** The priority options routing runs with: the organization's personal-handling line and tags. */
export function priorityOptionsOf(settings: Pick<RoutingSettings, "personalHandling">): Partial<PriorityOptions> {
  return priorityOptionsFor(settings.personalHandling);
}
