import { vaderMood } from "./mood-models";

/**
 * The mood of one client message in -1..1 (VADER's compound score for English, a Spanish AFINN
 * list for Spanish), or null when it carries none: no feeling word, or a plain answer such as
 * "ok", "k", "no" or "sí". VADER was kept over AFINN and the former hand-kept lexicon because it
 * read the labelled mood set best (scripts/mood-accuracy.ts prints the figures). It catches a
 * clearly upset client; sarcasm ("great, another week with no call") still reads as positive.
 */
export function messageSentiment(text: string): number | null {
  return vaderMood(text);
}
