/**
 * The hand-kept lexicon the console used before VADER: kept only as the baseline the mood
 * measurement compares the models with.
 */
import { isNegated, normalizeText } from "../../routing/text-signals";

/** Words of feeling with their weight: strong words count double. English and Spanish. */
const NEGATIVE: Record<string, number> = {
  terrible: 2, horrible: 2, awful: 2, furious: 2, unacceptable: 2, worst: 2, scam: 2, outraged: 2, disgusted: 2, lied: 2, liar: 2, ridiculous: 2, incompetent: 2,
  angry: 1.5, upset: 1.5, frustrated: 1.5, frustrating: 1.5, disappointed: 1.5, disappointing: 1.5, annoyed: 1, rude: 1.5, useless: 1.5, waste: 1, ignored: 1.5,
  bad: 1, unhappy: 1.5, worried: 0.5, confused: 0.5, slow: 0.5, late: 0.5,
  pesimo: 2, enojado: 1.5, enojada: 1.5, molesto: 1.5, molesta: 1.5, decepcionado: 1.5, decepcionada: 1.5, mentira: 2, malo: 1,
};
const POSITIVE: Record<string, number> = {
  great: 1, thanks: 0.5, thank: 0.5, love: 1.5, perfect: 1.5, excited: 1.5, happy: 1, wonderful: 1.5, amazing: 1.5, awesome: 1.5, helpful: 1, appreciate: 1, good: 0.5,
  gracias: 0.5, excelente: 1.5, perfecto: 1.5, feliz: 1, contento: 1, contenta: 1, encanta: 1.5,
};
const WORD = /[a-z']+/g;

/**
 * A rough mood of one message in -1..1 from a small lexicon of feeling words, each cancelled
 * when negated within its clause ("not bad" is not negative): the balance of weights over their
 * total, shrunk toward 0 when there is little evidence. Null when no feeling word appears, so
 * "call me at 5" carries no mood rather than a neutral one. Enough to catch a client who is
 * clearly upset; not a judge of subtle tone.
 */
export function lexiconMood(text: string): number | null {
  const normalized = normalizeText(text);
  let negative = 0;
  let positive = 0;
  for (const m of normalized.matchAll(WORD)) {
    const word = m[0];
    const weight = NEGATIVE[word] ?? POSITIVE[word];
    if (weight === undefined || isNegated(normalized, m.index)) continue;
    if (word in NEGATIVE) negative += weight;
    else positive += weight;
  }
  const total = negative + positive;
  if (total === 0) return null;
  const balance = (positive - negative) / total;
  const evidence = Math.min(1, total / 2);
  return Math.round(balance * evidence * 100) / 100;
}
