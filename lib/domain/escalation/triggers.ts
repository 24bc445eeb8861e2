import { DISCLOSURE_QUESTION } from "../compliance/disclosure";
import { calendarDate } from "../dates/calendar-date";
import { DISTRESS_PHRASES, WANTS_PERSON_PHRASES } from "../routing/phrases";
import { findPhrase, normalizeText } from "../routing/text-signals";
import { PERSONAL_HANDLING } from "../settings/defaults";
import type { Severity, Temperature } from "../team/vocabulary";

export type EscalationTrigger =
  | "human_requested" | "distress_words" | "unproductive_exchanges" | "hot_qualified" | "high_commission"
  | "negative_sentiment" | "fallback_exhausted" | "deadline_at_risk" | "agent_conflict";

/** What is known about a client at the moment something happened (a message, a timeout, a deadline check). */
export interface EscalationContext {
  /** The client's latest message. */
  text?: string | null;
  /** Whether each recent exchange moved things forward, oldest first. */
  recentExchanges?: readonly boolean[];
  temperature?: Temperature | null;
  fullyQualified?: boolean;
  /** Commission at 6% on the client's own stated price, in dollars (an estimate from a median does not count). */
  commission?: number | null;
  /** Sentiment of the latest message, -1..1. */
  sentiment?: number | null;
  fallbackExhausted?: boolean;
  deadlineAtRisk?: { name: string; due: string; daysLeft: number } | null;
  conflict?: { kind: string; detail: string } | null;
}

export interface EscalationFinding {
  trigger: EscalationTrigger;
  severity: Severity;
  summary: string;
  evidence: Record<string, unknown>;
}

/** The lines past which a finding is raised. */
export interface EscalationThresholds {
  unproductiveRun: number;
  /** The personal-handling commission line: the same setting that makes Jorge lead a client. */
  commission: number;
  negativeSentiment: number;
}

export const DEFAULT_ESCALATION_THRESHOLDS: Readonly<EscalationThresholds> = Object.freeze({ unproductiveRun: 3, commission: PERSONAL_HANDLING.commissionThreshold, negativeSentiment: -0.6 });

/** The thresholds with the organization's personal-handling line, so high_commission and Jorge's own clients never disagree. */
export function escalationThresholdsFor(personalHandling: { commissionThreshold: number }): EscalationThresholds {
  return { ...DEFAULT_ESCALATION_THRESHOLDS, commission: personalHandling.commissionThreshold };
}

/** A buyer shopping for foreclosures or probate sales is hunting a deal, not in distress. */
const DEAL_HUNTING = /\b(?:foreclosure|probate|bank[- ]owned|reo) (?:listings?|homes?|properties|deals?|auctions?|sales?)\b/;

/** "due today", "1 day left", "3 days left". */
function daysLeftWords(days: number): string {
  return days <= 0 ? "due today" : days === 1 ? "1 day left" : `${days} days left`;
}

/** Trailing run of unproductive exchanges, newest last. */
function unproductiveRun(exchanges: readonly boolean[]): number {
  let run = 0;
  for (let i = exchanges.length - 1; i >= 0 && !exchanges[i]; i--) run++;
  return run;
}

/**
 * Every reason to bring a client to Jorge now, per his rules (DOMAIN.md): a request for a
 * person, legal or financial distress, three unproductive exchanges in a row, a hot and fully
 * qualified lead, a commission at the personal-handling line (the luxury line, $72K, by default),
 * strongly negative sentiment, an exhausted fallback chain, a
 * contract deadline at risk, or a conflict between seats. Also says when the client asked
 * whether they talk to a machine, which calls for disclosure rather than escalation.
 */
export function detectEscalations(ctx: EscalationContext, thresholds: EscalationThresholds = DEFAULT_ESCALATION_THRESHOLDS): { findings: EscalationFinding[]; disclosureRequired: boolean } {
  const findings: EscalationFinding[] = [];
  const text = normalizeText(ctx.text ?? "");
  // "Are you a real person?" asks whether the agent is automated: disclose (SB 1001), do not escalate.
  const disclosureRequired = DISCLOSURE_QUESTION.test(text);
  const person = disclosureRequired ? null : findPhrase(text, WANTS_PERSON_PHRASES);
  if (person) findings.push({ trigger: "human_requested", severity: "high", summary: `The client asked for a person ("${person.matched}")`, evidence: { text: ctx.text } });
  const distress = DEAL_HUNTING.test(text) ? null : findPhrase(text, DISTRESS_PHRASES);
  if (distress) findings.push({ trigger: "distress_words", severity: "high", summary: `Legal or financial distress: "${distress.matched}"`, evidence: { text: ctx.text, word: distress.label } });
  const run = unproductiveRun(ctx.recentExchanges ?? []);
  if (run >= thresholds.unproductiveRun) findings.push({ trigger: "unproductive_exchanges", severity: "medium", summary: `${run} unproductive exchanges in a row`, evidence: { run } });
  if (ctx.temperature === "hot" && ctx.fullyQualified) findings.push({ trigger: "hot_qualified", severity: "high", summary: "A hot lead is fully qualified: Jorge should call within 2 hours", evidence: {} });
  if ((ctx.commission ?? 0) >= thresholds.commission) findings.push({ trigger: "high_commission", severity: "medium", summary: `Commission potential $${Math.round(ctx.commission!).toLocaleString("en-US")}, at or above Jorge's $${thresholds.commission.toLocaleString("en-US")} line`, evidence: { commission: ctx.commission, threshold: thresholds.commission } });
  if (ctx.sentiment !== null && ctx.sentiment !== undefined && ctx.sentiment <= thresholds.negativeSentiment) findings.push({ trigger: "negative_sentiment", severity: "high", summary: "The client sounds upset", evidence: { sentiment: ctx.sentiment, text: ctx.text } });
  if (ctx.fallbackExhausted) findings.push({ trigger: "fallback_exhausted", severity: "critical", summary: "Nobody on the fallback chain took the client", evidence: {} });
  if (ctx.deadlineAtRisk) findings.push({ trigger: "deadline_at_risk", severity: ctx.deadlineAtRisk.daysLeft <= 1 ? "critical" : "high", summary: `${ctx.deadlineAtRisk.name} due ${calendarDate(ctx.deadlineAtRisk.due)} (${daysLeftWords(ctx.deadlineAtRisk.daysLeft)})`, evidence: ctx.deadlineAtRisk });
  if (ctx.conflict) findings.push({ trigger: "agent_conflict", severity: "medium", summary: `${ctx.conflict.kind}: ${ctx.conflict.detail}`, evidence: ctx.conflict });
  return { findings, disclosureRequired };
}
