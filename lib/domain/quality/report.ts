import { formatDuration } from "../assignment/speed-to-lead";
import { QUALITY_RULES } from "../team/vocabulary";

/** What the database counts for one seat (or the team) over a period; see lib/db/queries/quality.ts. */
export interface QualityCounts {
  /** Messages the gate reviewed: every outbox row of the period. */
  reviewed: number;
  /** Refused by the gate, never sent. */
  blocked: number;
  /** Held by a warning: waiting for a person, or sent anyway. */
  warned: number;
  /** Warned messages a person sent anyway. */
  sentAnyway: number;
  /** Messages with no methodology or tone finding. */
  onRubric: number;
  /** Inbound messages answered, and the median and 90th percentile seconds to the first answer. */
  replies: number;
  replyP50Seconds: number | null;
  replyP90Seconds: number | null;
  /** Mean satisfaction (0..1) of the clients the seat owns, and how many have a figure. */
  satisfaction: number | null;
  satisfactionClients: number;
}

/** Findings of one rule, category and level, for one seat or the team. */
export interface FindingCount {
  rule: string;
  code: string;
  level: string;
  count: number;
}

/** Findings of one rule: how many, by level, and by category (most frequent first). */
export interface RuleFindings {
  rule: string;
  total: number;
  block: number;
  warn: number;
  info: number;
  categories: { code: string; count: number }[];
}

/** A seat's or the team's report: the counts, the shares made of them and reply times in words. */
export interface QualityReport extends QualityCounts {
  blockedShare: number | null;
  warnedShare: number | null;
  /** Share of reviewed messages with no methodology or tone finding; null with nothing reviewed. */
  adherence: number | null;
  replyP50Words: string;
  replyP90Words: string;
  findings: RuleFindings[];
  findingsTotal: number;
}

/** The rules whose findings mean a message strayed from Jorge's way of writing (rubric adherence). */
export const RUBRIC_RULES = ["methodology", "tone"] as const;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const words = (seconds: number | null) => (seconds === null ? "no replies yet" : formatDuration(seconds));

/** Groups finding counts by rule, in the vocabulary's rule order, with categories most frequent first. */
export function findingsByRule(rows: readonly FindingCount[]): RuleFindings[] {
  const byRule = new Map<string, RuleFindings>();
  for (const r of rows) {
    const entry = byRule.get(r.rule) ?? { rule: r.rule, total: 0, block: 0, warn: 0, info: 0, categories: [] };
    entry.total += r.count;
    if (r.level === "block" || r.level === "warn" || r.level === "info") entry[r.level] += r.count;
    const category = entry.categories.find((c) => c.code === r.code);
    if (category) category.count += r.count;
    else entry.categories.push({ code: r.code, count: r.count });
    byRule.set(r.rule, entry);
  }
  const order = (rule: string) => { const i = (QUALITY_RULES as readonly string[]).indexOf(rule); return i < 0 ? QUALITY_RULES.length : i; };
  return [...byRule.values()]
    .map((e) => ({ ...e, categories: e.categories.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)) }))
    .sort((a, b) => order(a.rule) - order(b.rule) || a.rule.localeCompare(b.rule));
}

/** Builds one report from its counts and findings: the shares, adherence and reply times in words. */
export function qualityReport(counts: QualityCounts, findings: readonly FindingCount[]): QualityReport {
  const grouped = findingsByRule(findings);
  return {
    ...counts,
    blockedShare: share(counts.blocked, counts.reviewed),
    warnedShare: share(counts.warned, counts.reviewed),
    adherence: share(counts.onRubric, counts.reviewed),
    replyP50Words: words(counts.replyP50Seconds),
    replyP90Words: words(counts.replyP90Seconds),
    findings: grouped,
    findingsTotal: grouped.reduce((sum, r) => sum + r.total, 0),
  };
}

/** A report with nothing in it, for a seat that sent nothing in the period. */
export const NO_COUNTS: QualityCounts = {
  reviewed: 0, blocked: 0, warned: 0, sentAnyway: 0, onRubric: 0, replies: 0, replyP50Seconds: null, replyP90Seconds: null, satisfaction: null, satisfactionClients: 0,
};
