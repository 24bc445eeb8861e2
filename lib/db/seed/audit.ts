/**
 * Measures of how true the seeded conversations read: how often one scripted sentence recurs
 * across the team, and the dollar amounts a message states. The generator uses the same
 * sentence key to keep its variety, and the seed's tests use these measures to hold it there.
 */

/** A sentence recurring more often than this within the window reads as a script. */
export const REPEAT_LIMIT = 5;
/** The window in which repeats of one sentence are counted. */
export const REPEAT_WINDOW_MS = 48 * 3_600_000;
/** Sentences shorter than this many words ("Sounds good.", "STOP") repeat naturally and are not counted. */
export const MIN_SCRIPTED_WORDS = 4;

/** The text a reader compares: the message itself, without an e-mail's signature block. */
export function messageText(body: string, channel: string): string {
  return channel === "email" ? body.split("\n\n")[0]! : body;
}

/** The sentences of a message that are long enough to count as scripted. */
export function scriptedSentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= MIN_SCRIPTED_WORDS);
}

/**
 * The form in which two sentences count as the same script: the names of the people involved
 * and every number blanked out, case and spacing ignored. "Hi Ana, 3 homes closed." and
 * "Hi Luis, 5 homes closed." share one key.
 */
export function sentenceKey(sentence: string, names: readonly string[]): string {
  let s = sentence;
  for (const name of names) if (name.length > 1) s = s.split(name).join("~");
  return s.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

export interface SpokenRow {
  body: string;
  channel: string;
  at: Date;
  /** The client's and the seat's names, blanked out of the key. */
  names: readonly string[];
}

/** The sentences that recur most within any one window, with their count, most repeated first. */
export function busiestSentences(rows: readonly SpokenRow[], windowMs = REPEAT_WINDOW_MS, top = 10): { sentence: string; count: number; at: Date }[] {
  const times = new Map<string, { sample: string; at: number[] }>();
  for (const row of rows) {
    for (const sentence of scriptedSentences(messageText(row.body, row.channel))) {
      const key = sentenceKey(sentence, row.names);
      const entry = times.get(key);
      if (entry) entry.at.push(row.at.getTime());
      else times.set(key, { sample: sentence, at: [row.at.getTime()] });
    }
  }
  const out: { sentence: string; count: number; at: Date }[] = [];
  for (const { sample, at } of times.values()) {
    at.sort((a, b) => a - b);
    let best = 0;
    let bestAt = at[0]!;
    for (let lo = 0, hi = 0; hi < at.length; hi++) {
      while (at[hi]! - at[lo]! > windowMs) lo++;
      if (hi - lo + 1 > best) [best, bestAt] = [hi - lo + 1, at[lo]!];
    }
    out.push({ sentence: sample, count: best, at: new Date(bestAt) });
  }
  return out.sort((a, b) => b.count - a.count).slice(0, top);
}

/** Every dollar amount a text states, in dollars: "$905K" is 905,000, "$1.2M" 1,200,000, "$2,800" 2,800. */
export function dollarAmounts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)\s?([KkMm])?\b/g)) {
    const n = Number(m[1]!.replace(/,/g, ""));
    const unit = m[2]?.toLowerCase();
    out.push(unit === "k" ? n * 1_000 : unit === "m" ? n * 1_000_000 : n);
  }
  return out;
}
