import type { Pipeline, QualificationField } from "../team/vocabulary";
import { fold } from "./folding";
import type { ConversationLanguage } from "./language";
import { findSpokenNumbers } from "./number-words";

/** One qualification answer read from a client's message, as qualification_answers stores it. */
export interface ExtractedAnswer {
  field: QualificationField;
  /** { text }, { days, date?, fits30to45? }, { min?, max? }, { amount }, { value: boolean }, { count } ... per field. */
  value: Record<string, unknown>;
  /** The words it was read from, as the client wrote them. */
  excerpt: string;
  /** 0..100: how clear the answer is ("maybe" and "idk" are low). */
  quality: number;
}

/** What the reader knows besides the text: which questions apply, what was asked last, and the clock. */
export interface ExtractionContext {
  pipeline: Pipeline;
  /** The field the last question asked about: a terse reply ("yes", "60 days", "850") answers it. */
  lastQuestion: QualificationField | null;
  now: Date;
  timeZone: string;
  language: ConversationLanguage;
}

/** Where the reader found something in the text, so later readers skip those words. */
export interface Found {
  answer: ExtractedAnswer;
  spans: readonly (readonly [number, number])[];
}

export { fold } from "./folding";

/** Hedges lower the quality of an answer; "idk" alone says nothing. */
const UNKNOWN = /\b(?:idk|i don'?t know|dunno|not sure|no idea|unsure|no se|ni idea|no estoy segur[oa])\b/;
const HEDGE = /\b(?:maybe|probably|prob|possibly|perhaps|i think|i guess|depends|might|could be|or so|more or less|give or take|in like|hopefully|not sure|quizas?|tal vez|creo que|depende|a lo mejor|puede ser|mas o menos|como en)\b/;

/** Whether the words name a number, in digits or words ("not sure, maybe a year" still says one). */
const namesNumber = (text: string) => /\d/.test(text) || /\b(?:an?|un|una) (?:year|month|week|ano|mes|semana)\b/.test(fold(text)) || findSpokenNumbers(text).some((n) => n.value > 1);

/** How clear the words are: 90 for a plain statement, 50 when hedged, 15 when the client does not know. */
export function clarity(text: string, base = 90): number {
  const folded = fold(text);
  if (UNKNOWN.test(folded) && !namesNumber(text)) return 15;
  if (HEDGE.test(folded)) return Math.min(base, 50);
  return base;
}

/** A reply that only says the client does not know ("idk", "no sé"), naming no number. */
export const isUnknownReply = (text: string) => UNKNOWN.test(fold(text)) && !namesNumber(text);

/** The text as written between two offsets, trimmed of spaces and end punctuation. */
export function excerptOf(text: string, start: number, end: number): string {
  return text.slice(start, end).trim().replace(/^[,;:\s]+|[.,;:!?\s]+$/g, "");
}

/** The sentence of the text around an offset, as written (a message may say several things). */
export function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(".", index - 1), text.lastIndexOf("!", index - 1), text.lastIndexOf("?", index - 1)) + 1;
  const ends = [".", "!", "?"].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return excerptOf(text, start, ends.length ? Math.min(...ends) : text.length);
}

/** A copy of the text with the found spans blanked out, so offsets stay the same. */
export function mask(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/** The span of a regex match inside the text. */
export const spanOf = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];
