/** The facts on file that an arriving request may fill or change. */
export interface KnownFacts {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  propertyAddress: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  leadSource: string | null;
  timeZone: string;
  budgetMin: number | null;
  budgetMax: number | null;
  priceExpectation: number | null;
  preApproved: boolean | null;
  timelineDays: number | null;
  marketId: string | null;
  tags: string[];
  customFields: Record<string, unknown>;
}

type Scalar = Exclude<keyof KnownFacts, "tags" | "customFields" | "budgetMin" | "budgetMax" | "marketId">;
const SCALARS: readonly Scalar[] = ["firstName", "lastName", "email", "phone", "propertyAddress", "city", "state", "postalCode", "leadSource", "timeZone", "priceExpectation", "preApproved", "timelineDays"];

/** What a request says; absent (undefined) means it says nothing about that fact. */
export type ArrivingFacts = Partial<Pick<KnownFacts, Scalar | "budgetMin" | "budgetMax">> & {
  tags?: readonly string[];
  /** True when the tags are the CRM's whole current set (a tag update), so a removed tag goes. */
  replaceTags?: boolean;
  customFields?: Record<string, unknown>;
  /** The market the request's place resolves to, and whether a ZIP or city (not a mention in a message) said so. */
  market?: { id: string; fromAddress: boolean } | null;
};

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** A budget arrives as one answer: both ends replace the known ones, but a known floor stays when the new ceiling allows it. */
function budgetChange(known: KnownFacts, arriving: ArrivingFacts): Partial<KnownFacts> {
  if (arriving.budgetMin === undefined && arriving.budgetMax === undefined) return {};
  const max = arriving.budgetMax ?? (typeof arriving.budgetMin === "number" && known.budgetMax !== null && known.budgetMax < arriving.budgetMin ? null : known.budgetMax);
  const min = arriving.budgetMin ?? (known.budgetMin !== null && (max === null || known.budgetMin <= max) ? known.budgetMin : null);
  return { ...(min !== known.budgetMin ? { budgetMin: min } : {}), ...(max !== known.budgetMax ? { budgetMax: max } : {}) };
}

/**
 * The changes an arriving request makes to a client on file: every fact it gives fills or
 * changes the known one, and a fact it lacks never blanks one (a message with no email keeps
 * the email). Tags are added to, or replaced when the CRM sent its whole set; custom fields are
 * merged; a market found only in a message's words fills an unknown market but never moves a
 * client whose address says otherwise. Nothing changed gives an empty object.
 */
export function clientUpdate(known: KnownFacts, arriving: ArrivingFacts): Partial<KnownFacts> {
  const changes: Partial<KnownFacts> = {};
  for (const key of SCALARS) {
    const value = arriving[key];
    if (!blank(value) && value !== known[key]) (changes as Record<string, unknown>)[key] = value;
  }
  Object.assign(changes, budgetChange(known, arriving));
  if (arriving.tags) {
    const tags = arriving.replaceTags ? [...new Set(arriving.tags)] : [...new Set([...known.tags, ...arriving.tags])];
    if (!sameTags(tags, known.tags)) changes.tags = tags;
  }
  if (arriving.customFields && Object.keys(arriving.customFields).length > 0) {
    const merged = { ...known.customFields, ...arriving.customFields };
    if (JSON.stringify(merged) !== JSON.stringify(known.customFields)) changes.customFields = merged;
  }
  const market = arriving.market;
  if (market && market.id !== known.marketId && (known.marketId === null || market.fromAddress)) changes.marketId = market.id;
  return changes;
}

/** What the client allows now, per channel, and whether they ever opted out. */
export interface ConsentState {
  smsConsent: boolean;
  emailConsent: boolean;
  optedOut: boolean;
}

/** What a request says about consent: the CRM's do-not-disturb per channel (null: not said) and consent given on a form. */
export interface ConsentSignal {
  doNotDisturb?: { sms: boolean | null; email: boolean | null } | null;
  smsConsent?: boolean;
  emailConsent?: boolean;
}

function channel(current: boolean, dnd: boolean | null | undefined, given: boolean | undefined, optedOut: boolean): boolean {
  if (dnd === true) return false;
  if (optedOut) return current;
  if (given === true) return true;
  return current;
}

/**
 * Consent after a request: do-not-disturb in the CRM takes consent away on that channel; only a
 * consent the client gave (a form's box, an API's flag) grants it, never to a client who opted
 * out. A CRM contact that is merely not on do-not-disturb has not consented (TCPA asks for prior
 * express consent), so it keeps what was known.
 */
export function consentAfter(current: ConsentState, signal: ConsentSignal): Pick<ConsentState, "smsConsent" | "emailConsent"> {
  return {
    smsConsent: channel(current.smsConsent, signal.doNotDisturb?.sms, signal.smsConsent, current.optedOut),
    emailConsent: channel(current.emailConsent, signal.doNotDisturb?.email, signal.emailConsent, current.optedOut),
  };
}
