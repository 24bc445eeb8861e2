import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from "libphonenumber-js";

export type PhoneReading = { ok: true; e164: string } | { ok: false; error: string };

const EXAMPLE = "for example (909) 555-0142, or +52 and the number for another country";

/**
 * Reads a phone number as people type it ("(909) 555-0142", "909.555.0142", "+52 55 1234 5678")
 * into E.164 ("+19095550142") with libphonenumber-js, numbers without a country code read in
 * `defaultCountry`. A number the numbering plan does not allow is refused in words that say why;
 * an extension ("ext. 12") is not part of E.164 and is dropped.
 */
export function toE164(raw: string, defaultCountry: CountryCode = "US"): PhoneReading {
  const text = raw.trim();
  if (text === "") return { ok: false, error: `Enter a phone number, ${EXAMPLE}.` };
  if (!/\d/.test(text)) return { ok: false, error: `Enter a phone number: "${text}" has no digits. Write it ${EXAMPLE}.` };
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (parsed?.isValid()) return { ok: true, e164: parsed.number };
  const length = validatePhoneNumberLength(text, defaultCountry);
  if (length === "TOO_SHORT") return { ok: false, error: `Enter a phone number with its area code: "${text}" is too short. Write it ${EXAMPLE}.` };
  if (length === "TOO_LONG") return { ok: false, error: `Enter a phone number without extra digits: "${text}" is too long. Write it ${EXAMPLE}.` };
  if (length === "INVALID_COUNTRY") return { ok: false, error: `Enter a phone number with a real country code: "${text}" starts with one that does not exist.` };
  return { ok: false, error: `Enter a phone number in use: "${text}" has an area code or exchange that is not assigned. Write it ${EXAMPLE}.` };
}
