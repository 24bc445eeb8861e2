/** The languages the profile offers, by ISO 639-1 code: those Inland Empire clients speak most. */
export const LANGUAGE_CHOICES: readonly (readonly [string, string])[] = [
  ["en", "English"], ["es", "Spanish"], ["zh", "Chinese"], ["vi", "Vietnamese"], ["ko", "Korean"], ["tl", "Tagalog"],
  ["hy", "Armenian"], ["ar", "Arabic"], ["fa", "Persian"], ["hi", "Hindi"], ["pt", "Portuguese"],
];

/** US time zones by their IANA names, west to east. */
export const TIME_ZONE_CHOICES: readonly (readonly [string, string])[] = [
  ["Pacific/Honolulu", "Hawaii"], ["America/Anchorage", "Alaska"], ["America/Los_Angeles", "Pacific (California)"], ["America/Phoenix", "Arizona"],
  ["America/Denver", "Mountain"], ["America/Chicago", "Central"], ["America/New_York", "Eastern"],
];

/** The choices with the current value added when the list lacks it, so saving never changes it by accident. */
export function withCurrent(choices: readonly (readonly [string, string])[], current: string): readonly (readonly [string, string])[] {
  return choices.some(([value]) => value === current) ? choices : [...choices, [current, current] as const];
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** A budget as the profile form shows it and reads it back: "$700,000-$850,000", "up to $850,000", "$700,000+". */
export function budgetText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${usd.format(min)}-${usd.format(max)}`;
  if (max !== null) return `up to ${usd.format(max)}`;
  return min !== null ? `${usd.format(min)}+` : "";
}

/** An amount as the form shows it: "$850,000", or blank. */
export const amountText = (n: number | null) => (n === null ? "" : usd.format(n));
