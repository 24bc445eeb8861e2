import { checkPressure } from "./pressure";
import { checkQuestionOrder } from "./question-order";
import type { ReviewContext, ReviewInput } from "./review-input";
import type { Finding } from "./verdict";

/** Jorge's length for a text, and the carriers' limit past which a text is not delivered whole (10 segments). */
export const SMS_LIMITS = { jorge: 320, carrier: 1_600 } as const;

/** Pictographs and their joiners, skin tones and presentation selectors; ©, ® and ™ are not emojis here. */
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}/u;
const EMOJI_PARTS = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f\u20e3]*(?:\u200d\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]*)*|[\u{1f1e6}-\u{1f1ff}]/gu;
/** A question: the words since the last sentence end up to a question mark that is not part of a link. */
const QUESTION = /[^.!?\n]*\?+(?![\w=&%/])/g;
const HAS_WORD = /[\p{L}\d]/u;
const LEADING_MARKS = /^[\s¡¿,;:)"'-]+/;

/** Code points, counted without allocating for texts that are short anyway. */
function characterCount(text: string): number {
  if (text.length <= SMS_LIMITS.jorge) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** The questions of a message, each as written. */
export function questionsOf(text: string): string[] {
  if (!text.includes("?")) return [];
  const questions: string[] = [];
  QUESTION.lastIndex = 0;
  for (let m = QUESTION.exec(text); m !== null; m = QUESTION.exec(text)) if (HAS_WORD.test(m[0])) questions.push(m[0].replace(LEADING_MARKS, "").trimEnd());
  return questions;
}

/**
 * Jorge's rubric for an outbound message: no emojis; a text of at most 320 characters (a
 * warning above, a block above the carriers' 1,600); one question at a time on the
 * conversational channels (not email); questions in his order when the client's pipeline is
 * known; no pressure phrases.
 */
export function checkRubric(input: ReviewInput, context: ReviewContext | undefined): Finding[] {
  if (input.direction !== "outbound") return [];
  const text = input.text;
  const findings: Finding[] = [];
  const emoji = EMOJI.exec(text);
  if (emoji) {
    findings.push({ rule: "tone", category: "emoji", severity: "warn", excerpt: emoji[0], explanation: "Jorge's standard is no emojis: the team writes like a trusted advisor.", suggestion: text.replace(EMOJI_PARTS, "").replace(/ {2,}/g, " ").trim() });
  }
  if (input.channel === "SMS") {
    const count = characterCount(text);
    if (count > SMS_LIMITS.carrier) {
      findings.push({ rule: "methodology", category: "length", severity: "block", excerpt: "", explanation: `The text has ${count} characters; carriers do not deliver a text over ${SMS_LIMITS.carrier.toLocaleString("en-US")} whole.`, suggestion: "Send the details by email and keep the text to a line or two." });
    } else if (count > SMS_LIMITS.jorge) {
      findings.push({ rule: "methodology", category: "length", severity: "warn", excerpt: "", explanation: `The text has ${count} characters; Jorge's texts stay within ${SMS_LIMITS.jorge}.`, suggestion: "Keep one point and one question; send the rest after the client answers." });
    }
  }
  if (input.channel !== "Email") {
    const questions = questionsOf(text);
    if (questions.length > 1) {
      findings.push({ rule: "methodology", category: "one_question", severity: "warn", excerpt: questions[1]!, explanation: `The message asks ${questions.length} questions; Jorge asks one at a time so the client can answer easily.`, suggestion: questions[0] });
    }
    if (context?.pipeline && questions.length > 0) findings.push(...checkQuestionOrder(questions, context.pipeline, context.answered ?? []));
  }
  findings.push(...checkPressure(text));
  return findings;
}
