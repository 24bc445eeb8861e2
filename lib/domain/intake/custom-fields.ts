import { GHL_FIELD_MAPPING } from "../settings/defaults";

/** A custom field's value once flattened: text, a number or a yes/no. */
export type CustomFieldValue = string | number | boolean;
/** Custom fields by name (or id, when GHL sends only the id). */
export type FlatCustomFields = Record<string, CustomFieldValue>;

/** The client facts a custom field can feed, as GHL_FIELD_MAPPING names them. */
export type MappedFact = keyof typeof GHL_FIELD_MAPPING;
export const MAPPED_FACTS = Object.keys(GHL_FIELD_MAPPING) as MappedFact[];
/** Each fact in the words the overseer reads in Settings. */
export const MAPPED_FACT_LABELS: Record<MappedFact, string> = {
  budget: "Budget", timeline: "Timeline", postalCode: "ZIP code", propertyAddress: "Property address", priceExpectation: "Price expectation", preApproved: "Pre-approval", leadSource: "Lead source",
};
/** For each fact, the custom field names or ids that feed it. */
export type FieldMapping = Record<MappedFact, readonly string[]>;

export const MAX_CUSTOM_FIELDS = 200;
const MAX_NAME = 100;
const MAX_VALUE = 2000;

/** A field name as the mapping compares it: lowercase letters and digits only ("Pre-Approved?" -> "preapproved"). */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A value GHL sent, as text, number or yes/no; lists of choices joined; empty or unreadable is null. */
function flatValue(value: unknown): CustomFieldValue | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value.trim() ? value.trim().slice(0, MAX_VALUE) : null;
  if (Array.isArray(value)) {
    const parts = value.map(flatValue).filter((v): v is CustomFieldValue => v !== null);
    return parts.length ? parts.join(", ").slice(0, MAX_VALUE) : null;
  }
  return null;
}

/** "contact.budget" -> "budget": GHL's API keys carry the object they belong to. */
const fieldName = (name: string) => name.trim().replace(/^contact\./i, "").slice(0, MAX_NAME);

function entryOf(item: unknown): [string, unknown] | null {
  if (!item || typeof item !== "object") return null;
  const e = item as { id?: unknown; key?: unknown; name?: unknown; value?: unknown; field_value?: unknown; fieldValue?: unknown };
  const name = [e.key, e.name, e.id].find((n): n is string => typeof n === "string" && n.trim() !== "");
  return name ? [fieldName(name), e.field_value ?? e.fieldValue ?? e.value] : null;
}

/**
 * GoHighLevel custom fields in any shape it sends, as name -> value: an array of {id, value}
 * (API v2), an array of {id, key, field_value}, or an object keyed by field name (workflow
 * webhooks). Empty values are left out, so a blank field never erases a known one.
 */
export function flattenCustomFields(raw: unknown): FlatCustomFields {
  const entries: [string, unknown][] = Array.isArray(raw)
    ? raw.map(entryOf).filter((e): e is [string, unknown] => e !== null)
    : raw && typeof raw === "object" ? Object.entries(raw).map(([name, value]) => [fieldName(name), value]) : [];
  const out: FlatCustomFields = {};
  for (const [name, value] of entries.slice(0, MAX_CUSTOM_FIELDS)) {
    const flat = flatValue(value);
    if (name && flat !== null) out[name] = flat;
  }
  return out;
}

/** The stored mapping, each fact falling back to its default when the setting lacks it or holds something else. */
export function fieldMappingFrom(stored: unknown): FieldMapping {
  const value = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const mapping = {} as FieldMapping;
  for (const fact of MAPPED_FACTS) {
    const names = value[fact];
    mapping[fact] = Array.isArray(names) && names.every((n) => typeof n === "string") ? names : GHL_FIELD_MAPPING[fact];
  }
  return mapping;
}

/** The value of each fact the mapping finds among the fields (names compared by fieldKey); the first listed name wins. */
export function mappedFacts(fields: Readonly<Record<string, CustomFieldValue | null>>, mapping: FieldMapping): Partial<Record<MappedFact, CustomFieldValue>> {
  const byKey = new Map(Object.entries(fields).flatMap(([name, value]) => (value === null ? [] : [[fieldKey(name), value] as const])));
  const out: Partial<Record<MappedFact, CustomFieldValue>> = {};
  for (const fact of MAPPED_FACTS) {
    const hit = mapping[fact].map((name) => byKey.get(fieldKey(name))).find((v) => v !== undefined);
    if (hit !== undefined) out[fact] = hit;
  }
  return out;
}
