import type { QualificationField } from "../team/vocabulary";
import type { Finding } from "./verdict";

/** One step of Jorge's qualification order: the fields it covers and how a question about it is worded. */
interface QuestionStep {
  fields: readonly QualificationField[];
  label: string;
  pattern: RegExp;
}

const step = (fields: QualificationField[], label: string, source: string): QuestionStep => ({ fields, label, pattern: new RegExp(source, "i") });

/** Jorge's order (DOMAIN.md "His methodology"), per pipeline, with the words that mark each question in English and Spanish. */
export const QUESTION_ORDER: Record<"seller" | "buyer", readonly QuestionStep[]> = {
  seller: [
    step(["address"], "the property address", String.raw`\baddress\b|\bdirecci[oó]n\b|\bwhere is (?:the|your) (?:home|house|property)\b`),
    step(["motivation"], "why they are selling and where they are moving", String.raw`\bwhy\b.{0,40}\bsell|\bwhat(?:'s| is) (?:prompting|behind)\b|\bwhere\b.{0,30}\bmov|\bpor ?qu[eé]\b.{0,40}\bvend|\ba d[oó]nde\b.{0,30}\bmuda`),
    step(["timeline"], "whether a sale in the next 30-45 days works", String.raw`\b(?:30|45|thirty|forty[- ]five)\b.{0,12}\bd(?:ays?|[ií]as)\b|\bhow soon\b|\btime ?(?:line|frame)\b|\bwhen\b.{0,30}\b(?:sell|list|move)\b|\bcu[aá]ndo\b.{0,30}\b(?:vender|mudar)`),
    step(["condition"], "whether the home is move-in ready or needs work", String.raw`\bmove[- ]in ready\b|\bneeds? (?:some |any )?(?:work|repairs?|updat)|\bcondition\b|\brepairs?\b|\bremodel|\breparaci|\bcondici[oó]n\b|\blista para (?:mudarse|vivir)\b`),
    step(["price"], "what price would feel good", String.raw`\bwhat price\b|\bprice\b.{0,30}\b(?:feel|hope|want|expect|have in mind)|\bhow much\b.{0,30}\b(?:want|hope|expect|get|ask)|\basking price\b|\bprecio\b|\bcu[aá]nto\b.{0,30}\b(?:pedir|quiere|espera)`),
  ],
  buyer: [
    step(["budget"], "their price range", String.raw`\bprice range\b|\bbudget\b|\bhow much\b.{0,30}\b(?:spend|afford|looking)|\bpresupuesto\b|\brango de precio`),
    step(["pre_approval"], "lender pre-approval", String.raw`\bpre-?approv|\bpre-?qualif|\blender\b|\bmortgage\b|\bpre-?aprobad|\bprestamista\b|\bfinanciamiento\b`),
    step(["bedrooms", "yard"], "bedrooms and yard", String.raw`\bbed(?:room)?s?\b|\byard\b|\bback ?yard\b|\brec[aá]maras?\b|\bhabitaciones\b|\bcuartos\b|\bpatio\b|\bjard[ií]n\b`),
    step(["move_in"], "their move-in timeline", String.raw`\bmove[- ]in (?:date|timeline)\b|\bwhen\b.{0,30}\b(?:move|buy|ready)\b|\btime ?(?:line|frame)\b|\bhow soon\b|\bcu[aá]ndo\b.{0,30}\b(?:mudar|comprar)`),
  ],
};

/** The first step of the order a question asks about, or -1. */
function stepOf(steps: readonly QuestionStep[], question: string): number {
  for (let i = 0; i < steps.length; i++) if (steps[i]!.pattern.test(question)) return i;
  return -1;
}

/**
 * Jorge's order of questions: asking a later question while an earlier one is unanswered, or
 * asking again what the client already answered, is a warning. A step counts as answered when
 * any of its fields is; questions of this message count for the ones after them.
 */
export function checkQuestionOrder(questions: readonly string[], pipeline: "seller" | "buyer", answered: readonly string[]): Finding[] {
  const steps = QUESTION_ORDER[pipeline];
  const done = steps.map((s) => s.fields.some((f) => answered.includes(f)));
  const findings: Finding[] = [];
  for (const question of questions) {
    const at = stepOf(steps, question);
    if (at < 0) continue;
    const current = steps[at]!;
    const excerpt = question.trim();
    if (current.fields.every((f) => answered.includes(f))) {
      findings.push({ rule: "methodology", category: "question_order", severity: "warn", excerpt, explanation: `The client already answered ${current.label}; asking again tells them nobody listened.`, suggestion: `Build on their answer and ask about ${nextOpen(steps, done) ?? "the next step"} instead.` });
    } else {
      const skipped = done.slice(0, at).indexOf(false);
      if (skipped >= 0) findings.push({ rule: "methodology", category: "question_order", severity: "warn", excerpt, explanation: `Jorge's order asks about ${steps[skipped]!.label} before ${current.label}.`, suggestion: `Ask about ${steps[skipped]!.label} first.` });
    }
    done[at] = true;
  }
  return findings;
}

/** The label of the first unanswered step, or null when every step is done. */
function nextOpen(steps: readonly QuestionStep[], done: readonly boolean[]): string | null {
  const i = done.indexOf(false);
  return i < 0 ? null : steps[i]!.label;
}
