import { mappedFacts, type CustomFieldValue, type FieldMapping } from "../intake/custom-fields";
import { parseTimelineDays } from "../intake/timeline-text";
import { parseMoneyRange, parseMoneyText } from "../input/money-text";
import { normalizeZip } from "../routing/market-resolution";

/** Client facts read from CRM custom fields; a fact the fields do not give is absent. */
export interface CrmFacts {
  budgetMin?: number;
  budgetMax?: number;
  priceExpectation?: number;
  timelineDays?: number;
  postalCode?: string;
  propertyAddress?: string;
  preApproved?: boolean;
  leadSource?: string;
}

/** The most the schema and the database accept for an amount. */
const MAX_MONEY = 100_000_000;
const money = (n: number | null | undefined) => (n !== null && n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_MONEY ? n : undefined);

/** "Yes", "pre-approved", true -> true; "No", "not yet", false -> false; anything else unknown. */
export function readYesNo(value: CustomFieldValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  const t = value.toLowerCase().trim();
  if (/^(?:no|n|false|not yet|not pre-?approved|none|0)\b/.test(t)) return false;
  if (/^(?:yes|y|true|1|pre-?approved|approved)\b/.test(t)) return true;
  return undefined;
}

function budget(value: CustomFieldValue): Pick<CrmFacts, "budgetMin" | "budgetMax"> {
  if (typeof value === "number") return money(Math.round(value)) === undefined ? {} : { budgetMax: Math.round(value) };
  if (typeof value !== "string") return {};
  const range = parseMoneyRange(value);
  if (!range) return {};
  const [min, max] = [money(range.min), money(range.max)];
  return min !== undefined && max !== undefined && min > max ? {} : { ...(min !== undefined ? { budgetMin: min } : {}), ...(max !== undefined ? { budgetMax: max } : {}) };
}

/** A price expectation: one amount, or the middle of a range ("$700-800K" is 750,000). */
function price(value: CustomFieldValue): number | undefined {
  if (typeof value === "number") return money(Math.round(value));
  if (typeof value !== "string") return undefined;
  const single = parseMoneyText(value);
  if (single !== null) return money(single);
  const range = parseMoneyRange(value);
  return range?.min !== null && range?.min !== undefined && range.max !== null ? money(Math.round((range.min + range.max) / 2)) : undefined;
}

const text = (value: CustomFieldValue, max: number) => (typeof value === "string" || typeof value === "number" ? String(value).trim().slice(0, max) || undefined : undefined);

/**
 * The facts the overseer's mapping finds in a client's custom fields: a budget ("$700-800K",
 * "under 750k"), a price expectation, a timeline in days ("30 days", "ASAP"), a ZIP, an address,
 * pre-approval and the lead source. A value that cannot be read is left out, never guessed.
 */
export function crmFacts(fields: Readonly<Record<string, CustomFieldValue | null>>, mapping: FieldMapping): CrmFacts {
  const found = mappedFacts(fields, mapping);
  const out: CrmFacts = {};
  if (found.budget !== undefined) Object.assign(out, budget(found.budget));
  if (found.priceExpectation !== undefined) out.priceExpectation = price(found.priceExpectation);
  if (found.timeline !== undefined) out.timelineDays = parseTimelineDays(typeof found.timeline === "boolean" ? null : found.timeline) ?? undefined;
  if (found.postalCode !== undefined) out.postalCode = normalizeZip(String(found.postalCode)) ?? undefined;
  if (found.propertyAddress !== undefined) out.propertyAddress = text(found.propertyAddress, 200);
  if (found.preApproved !== undefined) out.preApproved = readYesNo(found.preApproved);
  if (found.leadSource !== undefined) out.leadSource = text(found.leadSource, 80);
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CrmFacts;
}
