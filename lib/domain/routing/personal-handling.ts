import { z } from "zod";
import { PERSONAL_HANDLING } from "../settings/defaults";
import { COMMISSION_THRESHOLD_RANGE } from "./commission";
import type { PriorityOptions } from "./priority";

/** Which clients Jorge works himself: the commission line and the tags, as the setting stores them. */
export interface PersonalHandling {
  /** Dollars of commission, on the client's own stated price, at or above which Jorge leads. */
  commissionThreshold: number;
  /** Lowercase tags that put a client with Jorge. */
  tags: string[];
}

/** At most this many tags, each at most this long. */
export const PERSONAL_TAG_LIMITS = { count: 20, length: 40 } as const;

const money = (n: number) => `$${n.toLocaleString("en-US")}`;
const range = `must be a whole number of dollars from ${money(COMMISSION_THRESHOLD_RANGE.min)} to ${money(COMMISSION_THRESHOLD_RANGE.max)}`;

const tag = z
  .string({ error: "each tag must be text" })
  .trim()
  .toLowerCase()
  .min(1, "a tag cannot be empty")
  .max(PERSONAL_TAG_LIMITS.length, `a tag is at most ${PERSONAL_TAG_LIMITS.length} characters`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.:-]*$/u, "a tag holds letters, digits, spaces and - _ . : only, and starts with a letter or digit");

/** Validates the personal-handling setting; tags are trimmed, lowercased and kept once each. */
export const personalHandlingSchema = z.strictObject({
  commissionThreshold: z.number({ error: "the commission line needs a number" }).int(range).min(COMMISSION_THRESHOLD_RANGE.min, range).max(COMMISSION_THRESHOLD_RANGE.max, range),
  tags: z
    .array(tag, { error: "tags must be a list" })
    .max(PERSONAL_TAG_LIMITS.count, `list at most ${PERSONAL_TAG_LIMITS.count} tags`)
    .transform((tags) => [...new Set(tags)]),
});

/** The defaults of DOMAIN.md: the luxury line ($1.2M at 6% = $72K) and Jorge's tags. */
export function defaultPersonalHandling(): PersonalHandling {
  return { commissionThreshold: PERSONAL_HANDLING.commissionThreshold, tags: [...PERSONAL_HANDLING.tags] };
}

/**
 * Reads the stored setting: missing gives the defaults; invalid gives the defaults too, with
 * the validation messages, so routing never stops on a bad setting and the console can say why.
 */
export function personalHandlingFromSetting(value: unknown): { setting: PersonalHandling; error: string | null } {
  if (value === undefined || value === null) return { setting: defaultPersonalHandling(), error: null };
  const parsed = personalHandlingSchema.safeParse(value);
  if (parsed.success) return { setting: parsed.data, error: null };
  return { setting: defaultPersonalHandling(), error: parsed.error.issues.map((i) => i.message).join("; ") };
}

/** The priority options that carry the setting into routing. */
export function priorityOptionsFor(setting: PersonalHandling): Pick<PriorityOptions, "personalHandlingCommission" | "personalHandlingTags"> {
  return { personalHandlingCommission: setting.commissionThreshold, personalHandlingTags: setting.tags };
}
