import type { ContactOutcome, SeatRole } from "../../domain/team/vocabulary";
import { REPEAT_LIMIT, REPEAT_WINDOW_MS, MIN_SCRIPTED_WORDS, sentenceKey } from "./audit";
import type { Prng } from "./prng";

/**
 * One sentence of a message: its variants. A variant holds [a|b] choices and {slots}; an empty
 * variant leaves the sentence out.
 */
export type Part = readonly string[];
/** Values for {slots}; a list is a choice of phrasings. */
export type Slots = Readonly<Record<string, string | Part>>;

/** Who speaks a line: the client, the team in writing, or a seat logging a call, voicemail, note or meeting. */
export type Speaker = "client" | "team" | "call" | "voicemail" | "note" | "meeting";

export interface Line {
  who: Speaker;
  en: readonly Part[];
  /** The Spanish version, for Spanish-speaking clients and seats. */
  es?: readonly Part[];
  /** The sentiment the line carries, -1..1. */
  mood: number;
  /** For client lines: whether it moved the conversation forward. */
  productive?: boolean;
  outcome?: ContactOutcome;
  /** Sent by a supporting seat of this role when the client has one. */
  by?: SeatRole;
  /** Sent by e-mail when the client allows e-mail (documents, longer updates). */
  email?: boolean;
  /** What the line said, in a few words, for the call log of a client the team reaches only by phone. */
  gist?: Part;
}

/** A team line. */
export const team = (en: readonly Part[], es?: readonly Part[], mood = 0.45, extra: Partial<Line> = {}): Line => ({ who: "team", en, es, mood, ...extra });
/** A client line. */
export const client = (en: readonly Part[], es?: readonly Part[], mood = 0.3, productive = true, extra: Partial<Line> = {}): Line => ({ who: "client", en, es, mood, productive, ...extra });

const CHOICE = /\[([^[\]]*)\]/g;
const SLOT = /\{(\w+)\}/g;

/** Resolves [a|b] choices and fills {slots}; a slot holding a list picks one phrasing (with its own choices). */
export function render(rng: Prng, text: string, slots: Slots): string {
  const filled = text.replace(SLOT, (m, key: string) => {
    const value = slots[key];
    if (value === undefined) return m;
    return typeof value === "string" ? value : render(rng, rng.pick(value), slots);
  });
  return filled.replace(CHOICE, (_, options: string) => rng.pick(options.split("|")));
}

/**
 * Keeps the team from sounding scripted: a sentence already used REPEAT_LIMIT times within two
 * days of the moment is drawn again (every variant once, then at random), and an optional one (a part holding an
 * empty variant) is left out when every draw is used up. Uses are counted in 12-hour buckets,
 * nine of which cover any two days either side, so a kept sentence never makes a sixth in any
 * two-day window. Without a limit (the large benchmark sizes) it simply draws.
 */
export class Variety {
  private readonly uses = new Map<string, Map<number, number>>();
  constructor(private readonly limit: number | null = REPEAT_LIMIT) {}

  sentence(rng: Prng, part: Part, slots: Slots, at: Date, names: readonly string[]): string {
    if (this.limit === null) return render(rng, rng.pick(part), slots);
    const bucket = Math.floor(at.getTime() / (REPEAT_WINDOW_MS / 4));
    let fallback = "";
    let fewest = Infinity;
    const offset = rng.int(0, part.length - 1);
    const tries = Math.max(12, part.length * 3);
    for (let attempt = 0; attempt < tries; attempt++) {
      const text = render(rng, part[attempt < part.length ? (attempt + offset) % part.length : rng.int(0, part.length - 1)]!, slots);
      if (text.split(/\s+/).length < MIN_SCRIPTED_WORDS) return text;
      const key = sentenceKey(text, names);
      const counts = this.uses.get(key);
      let used = 0;
      for (let b = bucket - 4; b <= bucket + 4; b++) used += counts?.get(b) ?? 0;
      if (used < this.limit) return this.keep(key, bucket, text);
      if (used < fewest) [fewest, fallback] = [used, text];
    }
    if (part.includes("")) return "";
    return this.keep(sentenceKey(fallback, names), bucket, fallback);
  }

  /** Renders every part of a line into one message. */
  message(rng: Prng, parts: readonly Part[], slots: Slots, at: Date, names: readonly string[]): string {
    return parts.map((p) => this.sentence(rng, p, slots, at, names)).filter((s) => s.length > 0).join(" ");
  }

  private keep(key: string, bucket: number, text: string): string {
    let counts = this.uses.get(key);
    if (!counts) this.uses.set(key, (counts = new Map()));
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    return text;
  }
}
