import Sentiment from "sentiment";
import vader from "vader-sentiment";
import { detectSpanish } from "../routing/language";
import { normalizeText } from "../routing/text-signals";
import { SPANISH_VALENCE, spanishScoring } from "./spanish-valence";

const afinn = new Sentiment();
afinn.registerLanguage("es", { labels: { ...SPANISH_VALENCE }, scoringStrategy: spanishScoring });

/** VADER's own squashing of a summed valence into -1..1 (alpha 15), used for AFINN sums too. */
const squash = (score: number) => score / Math.sqrt(score * score + 15);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Plain answers to a question ("ok", "k", "no", "sí", "not yet") say nothing about mood, though
 * VADER rates "ok" positive and "no" negative: such a reply has no mood.
 */
const ANSWER_WORDS = new Set(["ok", "okay", "k", "kk", "yes", "yeah", "yep", "y", "no", "nope", "n", "not", "yet", "sure", "si", "claro", "vale", "todavia", "aun"]);
function isPlainAnswer(normalized: string): boolean {
  const words = normalized.split(/[^a-z']+/).filter(Boolean);
  return words.length > 0 && words.length <= 2 && words.every((w) => ANSWER_WORDS.has(w));
}

/** AFINN in one language: the squashed sum, or null when no rated word appears. */
function afinnScore(normalized: string, language: "en" | "es"): number | null {
  const result = afinn.analyze(normalized.replace(/[¿¡]/g, " "), { language });
  return result.words.length === 0 ? null : round(squash(result.score));
}

/** VADER's compound score, or null when it finds no feeling at all. */
function vaderScore(text: string): number | null {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  return compound === 0 ? null : round(compound);
}

/**
 * Scores a message in its language: Spanish texts with the Spanish list, others with the English
 * model; when the first finds no feeling word the other gets a try, so a two-word Spanish reply
 * ("pésimo servicio") that language detection cannot call still gets a mood.
 */
function byLanguage(text: string, english: (text: string, normalized: string) => number | null): number | null {
  const normalized = normalizeText(text);
  if (normalized.length === 0 || isPlainAnswer(normalized)) return null;
  const spanish = () => afinnScore(normalized, "es");
  const other = () => english(text, normalized);
  return detectSpanish(text).spanish ? (spanish() ?? other()) : (other() ?? spanish());
}

/** Mood in -1..1 by VADER for English, the Spanish AFINN list for Spanish; null without feeling words. */
export function vaderMood(text: string): number | null {
  return byLanguage(text, (raw) => vaderScore(raw));
}

/** Mood in -1..1 by AFINN-165 for English, the Spanish AFINN list for Spanish; null without feeling words. */
export function afinnMood(text: string): number | null {
  return byLanguage(text, (_raw, normalized) => afinnScore(normalized, "en"));
}
