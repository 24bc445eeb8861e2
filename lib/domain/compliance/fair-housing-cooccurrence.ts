/**
 * The structural layer of the Fair Housing check: a clause that names people by a protected
 * class (see fair-housing-lexicon) within a few words of a cue of exclusion, requirement or
 * preference ("no", "only", "won't rent", "ideal for", "fit in"), or that asks a client about
 * such a trait, describes who should live there instead of the property. It catches wordings
 * the phrase tables never foresaw; lawful wordings (accessibility features, stated senior
 * housing, "vouchers welcome", the agent speaking of themselves) are exceptions kept as data.
 */
import type { Finding } from "./verdict";
import { SENIOR_HOUSING } from "./fair-housing-rules";
import { PEOPLE_BY_CLASS, type ClassTerms } from "./fair-housing-lexicon";
import { phraseSet, scanPhrases } from "./phrase-scan";
import { firstSpan, phrase, type Span } from "./text-folding";

/** Words either side of a class term within which a cue counts. */
const WINDOW = 6;

/** Short words of refusal ("no", "only"): so common that they count only close to the class term. */
const REFUSING = phrase("no|not|never|nor|only|solo|solamente|unicamente|isn't|aren't|taken|full");
const NEAR = 3;
const EXCLUDING = phrase("only (?:[a-z]+ )?(?:entertaining|accepting|considering|taking|renting|selling|showing|rents?|sells?|shows?|takes?|accepts?|wants?|works? with)|must|required|requires|need to be|needs to be|prefers?|preferred|preference|won't|wont|will not|wouldn't|would not|don't|doesn't|do not|does not|didn't|can't|cannot|screen(?:ing)? out|pre screen|avoid|steer|skip|pass on|pass then|go with someone else|limit|max(?:imum)? of|no more than|would rather|rather not|deny|reject|turn down|out for|tell (?:any|them|her|him)|doubt|send (?:her|him|them)|if (?:you|u) know what i mean|no quiere|no aceptan|no acepta|antes de");
const PREFERRING = phrase("(?:ideal|perfect|great|best|wonderful|made|meant) for|suited|happier|comfortable|fit in|fit right in|will love|would love|feel (?:more )?at home|more at home|ideal para|perfect[oa] para|looking for|pricing (?:this|it) for|not a fan|hesitant|worried|untouched by|moving in|moved into");
const ASKING = phrase("do you have|does (?:he|she|they|the buyer|the tenant|your \\w+) have|are (?:you|they)(?= (?:on|receiving|getting|an?|legally|here|from|currently|pregnant|married|single|divorced|disabled|citizens?|expecting|planning))|is (?:he|she|your \\w+|the rent|the applicant)|(?:applicant|tenant|buyer|client|lead|renter)s? (?:is|are)|how many|what country|where (?:are|is) (?:you|they|he|she)|tienen|tiene|eres");
/** Inquiries that need no question mark: asking someone to find a trait out. */
const PROBING = phrase("find out (?:if|whether)|ask (?:them|him|her) (?:if|whether)|necesito saber|pre screen|verify (?:if|whether|their|your)|including any|before (?:he'll|he will|she'll|she will|they'll|they will) show");
/** Words between a question's opening and the trait it asks about. */
const QUESTION_WINDOW = 4;

/** Clause-level wordings under which a class term is lawful or is about the property or the agent. */
const LAWFUL = phrase([
  "(?:are |is |always )welcome(?! to)|(?:my|our) (?:own )?(?:kids|children|family|son|daughter|wife|husband)",
  "wheelchair accessible|accessible (?:entrance|entry|units?|bath(?:room)?s?|showers?|parking|home|features?|routes?)|grab bars?|ramps?(?! at)|roll in|elevator access|ada compliant",
  "family rooms?|single (?:family|story|level|garage|car)|one story|master planned",
  "(?:service|assistance|support) (?:animals?|dogs?) (?:are |is )?(?:welcome|allowed|permitted|ok|okay)",
  "(?:section 8|vouchers?) (?:inspections?|inspectors?|paperwork|contracts?|approval|approved|payments?|portion)",
  "(?:section 8|vouchers?|housing programs?) (?:are |is )?(?:accepted|welcome|ok|okay)|(?:accept|accepts|accepting|welcome|take|takes) (?:section 8|vouchers?)",
  "all are welcome|everyone is welcome|everyone welcome|regardless of|fair housing|equal housing|equal opportunity",
  "(?:i'm|i am|im|i was|as an?|we're|we are) (?:a |an |also a |proud )?(?:\\w+ )?(?:veteran|military|army|navy|marine|bilingual)",
  "(?:spanish|english) speaking (?:agent|agents|team|staff|realtor|lender|loan officer|translator|interpreter)|(?:agent|team|staff|we|i|our office) (?:who |also )?(?:speaks?|speak) (?:spanish|english)|hablamos|hablo",
  "va (?:loans?|financing) (?:are |is )?(?:accepted|welcome|ok|okay)|(?:accept|accepts|welcome|take) va",
].join("|"));
const SENIOR = phrase(SENIOR_HOUSING);

/** The top-level alternatives of a pattern: each becomes its own phrase, found by its own words. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, source.slice(from)];
}

const TERMS: readonly ClassTerms[] = PEOPLE_BY_CLASS.flatMap((c) => alternatives(c.pattern).map((pattern) => ({ ...c, pattern })));
const CLASS_SET = phraseSet(TERMS.map((c) => c.pattern));
const CLAUSE_BREAKS = /[.!?;]+(?=\s|$)|\n+|\s[-–—]+\s|\s--\s|\bbut\b|\bpero\b/g;

/** The clauses of a folded text: sentences further split at semicolons, dashes and "but". */
export function clauseSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  CLAUSE_BREAKS.lastIndex = 0;
  for (let m = CLAUSE_BREAKS.exec(folded); m; m = CLAUSE_BREAKS.exec(folded)) {
    const end = m.index + m[0].length;
    if (folded.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (folded.slice(start).trim()) spans.push({ start, end: folded.length });
  return spans;
}

const WORD = /[a-z0-9']+/g;
/** How many words of `clause` lie strictly between the spans `a` and `b` (offsets in the clause). */
function wordsBetween(clause: string, a: Span, b: Span): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : b.end <= a.start ? [b.end, a.start] : [0, 0];
  return to > from ? (clause.slice(from, to).match(WORD) ?? []).length : 0;
}

/** The strongest cue near `term` in `clause`: "block" for exclusion, "warn" for preference. */
function cueNear(clause: string, term: Span): "block" | "warn" | undefined {
  const near = (cue: RegExp, window = WINDOW) => {
    cue.lastIndex = 0;
    for (let m = cue.exec(clause); m; m = cue.exec(clause)) if (wordsBetween(clause, term, { start: m.index, end: m.index + m[0].length }) <= window) return true;
    return false;
  };
  if (near(REFUSING, NEAR) || near(EXCLUDING)) return "block";
  return near(PREFERRING) ? "warn" : undefined;
}

/** Whether `clause` is a question whose opening ("do you have", "are you") comes just before `term`. */
function asks(clause: string, term: Span): boolean {
  if (!clause.includes("?")) return false;
  ASKING.lastIndex = 0;
  for (let m = ASKING.exec(clause); m; m = ASKING.exec(clause)) if (m.index <= term.start && wordsBetween(clause, { start: m.index, end: m.index + m[0].length }, term) <= QUESTION_WINDOW) return true;
  return false;
}

/** How a class term at `term` in `clause` reads: a question about it, a cue near it, or nothing. */
function judge(clause: string, term: Span, entry: ClassTerms): { severity: "block" | "warn"; asked: boolean } | undefined {
  const asked = !entry.atMost && (asks(clause, term) || firstSpan(PROBING, clause) !== undefined);
  const near = asked ? "block" : cueNear(clause, term);
  if (!near) return undefined;
  return { severity: entry.atMost ?? near, asked };
}

const OWN = {
  block: "Describes who may live there by a protected class ({class}), which excludes or screens out the others.",
  warn: "Describes who should live there ({class}) instead of the property, which reads as a preference.",
  ask: "Asks a client about a protected trait ({class}); such questions are themselves Fair Housing violations.",
};
const SUGGESTION = "Describe the home: its size, yard, layout and features, and apply the same criteria to every client.";

/**
 * Findings for the clauses of `folded` (the folded `text`) where a protected class meets a cue
 * of exclusion or preference, or is asked about; clauses overlapping `taken` (where the phrase
 * rules already found something) are left alone. A text naming no class costs one scan.
 */
export function checkCooccurrence(text: string, folded: string, taken: readonly Span[]): Finding[] {
  const matches = scanPhrases(CLASS_SET, folded);
  if (matches.length === 0) return [];
  const findings: Finding[] = [];
  const done = new Set<number>();
  let senior: boolean | undefined;
  const clauses = clauseSpans(folded);
  for (const match of matches.sort((a, b) => a.start - b.start)) {
    const at = clauses.findIndex((c) => c.start <= match.start && match.start < c.end);
    const clause = clauses[at];
    if (!clause || done.has(at) || taken.some((t) => t.start < clause.end && clause.start < t.end)) continue;
    const entry = TERMS[match.phrase]!;
    const words = folded.slice(clause.start, clause.end);
    const verdict = judge(words, { start: match.start - clause.start, end: match.end - clause.start }, entry);
    if (!verdict || firstSpan(LAWFUL, words)) continue;
    if (entry.category === "age" || entry.category === "familial_status") if ((senior ??= firstSpan(SENIOR, folded) !== undefined)) continue;
    done.add(at);
    const explanation = OWN[verdict.asked ? "ask" : verdict.severity].replace("{class}", entry.category.replace(/_/g, " "));
    findings.push({ rule: "fair_housing", category: entry.category, severity: verdict.severity, excerpt: text.slice(clause.start, clause.end).trim(), explanation, suggestion: SUGGESTION });
  }
  return findings;
}
