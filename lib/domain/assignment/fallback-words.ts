import type { ChainSkip, ChainVia } from "./fallback-chain";

/** At most this many passed-over seats are named in a summary; the rest are counted. */
export const MAX_SKIPS_NAMED = 4;

const PRESENCE_WORDS: Readonly<Record<string, string>> = { away: "is away", offline: "is offline", vacation: "is on vacation" };

/** A passed-over seat and its reason as a sentence: "Maria is at capacity 22/22", "Sofia does not cover Fontana". */
export function explainSkip(name: string, reason: string): string {
  if (PRESENCE_WORDS[reason]) return `${name} ${PRESENCE_WORDS[reason]}`;
  if (reason.startsWith("at capacity")) return `${name} is ${reason}`;
  if (reason === "client opted out") return `${name} would text a client who opted out`;
  if (reason === "already offered") return `${name} was already offered the client`;
  if (reason === "already on the team" || reason === "no longer on the team") return `${name} is ${reason}`;
  if (reason.startsWith("is ") || reason.startsWith("does ")) return `${name} ${reason}`;
  return `${name} cannot take it: ${reason}`;
}

export interface FallbackReasonInput {
  via: ChainVia;
  promotes: boolean;
  after: "decline" | "timeout";
  /** Who declined, and the reason they gave, for an offer to the teammate they named. */
  decliner?: string | null;
  declineReason?: string | null;
  /** The named teammate the chain had to pass over, with the reason in words. */
  namedSkip?: string | null;
}

/** Why a fallback offer went to its seat, as the offer card and the timeline show it. */
export function fallbackReason(input: FallbackReasonInput): string {
  const quote = input.declineReason ? `: "${input.declineReason}"` : "";
  let reason: string;
  if (input.via === "named") reason = `${input.decliner ?? "The seat that declined"} passed the client to this seat${quote}`;
  else if (input.via === "overseer") reason = "The fallback chain ended with Jorge";
  else reason = `Fallback after ${input.after === "decline" ? "a decline" : "a timeout"}${input.via === "alternative" ? ": the best eligible seat now" : ""}`;
  if (input.promotes) reason += " (moves up from support)";
  if (input.namedSkip) reason += `; the teammate named could not take it (${input.namedSkip})`;
  return reason;
}

/** The escalation summary when nobody on a lead place's chain took the client: who was asked, and why the rest could not. */
export function exhaustedSummary(client: string, asked: number, skipped: readonly (ChainSkip & { name: string })[]): string {
  const others = skipped.filter((s) => s.reason !== "already offered");
  const named = others.slice(0, MAX_SKIPS_NAMED).map((s) => explainSkip(s.name, s.reason));
  if (others.length > MAX_SKIPS_NAMED) named.push(`${others.length - MAX_SKIPS_NAMED} more could not take it`);
  const askedWords = asked === 1 ? "the one seat asked declined or did not answer" : `all ${asked} seats asked declined or did not answer`;
  return `Nobody on the fallback chain took ${client}: ${askedWords}${named.length ? `; ${named.join("; ")}` : "; no other seat can take the client now"}`;
}
