import type { SeatRole } from "../team/vocabulary";

/** Roles whose stored name is not a noun phrase on its own. */
const ROLE_LABELS: Partial<Record<SeatRole, string>> = {
  geographic: "geographic agent",
  administrative: "administrative assistant",
  follow_up: "follow-up specialist",
  marketing: "marketing specialist",
  analytics: "analytics specialist",
};

/** The role in words: "buyer_specialist" -> "buyer specialist", "geographic" -> "geographic agent". */
export function roleLabel(role: SeatRole): string {
  return ROLE_LABELS[role] ?? role.replace(/_/g, " ");
}

/** Whole dollars with thousands separators: 51000 -> "$51,000". */
export function formatMoney(amount: number): string {
  // Not toLocaleString: Intl formatting costs microseconds, and explanations are built per request.
  const digits = String(Math.abs(Math.round(amount)));
  let grouped = "";
  for (let i = digits.length; i > 0; i -= 3) grouped = digits.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : "");
  return `${amount < 0 ? "-" : ""}$${grouped}`;
}

/** A 0..1 value with two decimals: 0.8234 -> "0.82". */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** A 0..1 share as a whole percentage: 0.4762 -> "48%". */
export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The role with its article: "a buyer specialist", "an overseer". */
export function aRole(role: SeatRole): string {
  const label = roleLabel(role);
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}
