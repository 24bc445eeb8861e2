/**
 * Whether an inbound message revokes consent to be contacted or gives it back (TCPA, and the FCC
 * rule in force since April 2025: any reasonable means, in the client's language). Keywords
 * count only as a clause of their own; plain-language requests count unless negated ("don't
 * stop sending listings"), about the client's own plans ("should I stop texting you?"), about
 * someone else's list ("unsubscribe me from the HOA newsletter"), or only about calls while the
 * client keeps texting. Consent is per channel, and on each channel the message's last word counts.
 */
import { consentKeywordIn } from "./opt-out-keywords";
import { CONSENT_PHRASES, FIRST_PERSON_BEFORE, KEEPS_TEXTS, NEGATED_BEFORE, SOMEONE_ELSE } from "./opt-out-phrases";
import { phraseSet, scanPhrases } from "./phrase-scan";
import { foldText } from "./text-folding";

/** A channel a revocation can name: the product messages by SMS and email; calls are named too. */
export type ConsentChannel = "sms" | "email" | "calls";

export interface ConsentSignal {
  optOut: boolean;
  optIn: boolean;
  excerpt?: string;
  language?: "en" | "es";
  /** With optOut: the channels revoked, when the message revoked only some ("keep emailing me, but stop the texts"); absent when it revoked all. */
  channels?: ConsentChannel[];
}

interface Hit {
  kind: "optOut" | "optIn";
  language: "en" | "es";
  at: number;
  excerpt: string;
  /** The channels the hit names; undefined until asked (see channelsOf), since most messages never need them. */
  channels?: readonly ConsentChannel[];
  /** Where the words that may name its channel end. */
  end: number;
}

const PHRASES = phraseSet(CONSENT_PHRASES.map((p) => p.pattern));
const CALL = /\b(?:call|llam)/;
const ALL_CHANNELS: readonly ConsentChannel[] = ["sms", "email", "calls"];
const CHANNEL_WORDS: readonly [ConsentChannel, RegExp][] = [
  ["sms", /\b(?:text|txt|sms|mensaje|textos?\b|textear|texteen|whats)/],
  ["email", /\b(?:e-?mail|newsletter|mailing|correo|inbox|this address)/],
  ["calls", CALL],
];
const ANY_CHANNEL_WORD = /\b(?:text|txt|sms|mensaje|whats|e-?mail|newsletter|mailing|correo|inbox|this address|call|llam)/;
const TO_CLAUSE_END = /^[^.!?,;\n]*/;

/** The channels `hit` names in its words and the few after them ("stop emailing", "unsubscribe me from these emails"); every channel when it names none. */
function channelsOf(hit: Hit, folded: string): readonly ConsentChannel[] {
  if (hit.channels) return hit.channels;
  const words = folded.slice(hit.at, hit.end + TO_CLAUSE_END.exec(folded.slice(hit.end, hit.end + 20))![0].length);
  const named = ANY_CHANNEL_WORD.test(words) ? CHANNEL_WORDS.filter(([, re]) => re.test(words)).map(([channel]) => channel) : [];
  return (hit.channels = named.length ? named : ALL_CHANNELS);
}

/** The phrase matches that stand once negation, the client's own plans, another list and a kept channel are weighed. */
function phraseHits(text: string, folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const { phrase: i, start, end } of scanPhrases(PHRASES, folded)) {
    const p = CONSENT_PHRASES[i]!;
    const before = folded.slice(Math.max(0, start - 30), start);
    if (NEGATED_BEFORE.test(before) || (p.notFirstPerson && FIRST_PERSON_BEFORE.test(before))) continue;
    if (SOMEONE_ELSE.test(folded.slice(start, end + 40))) continue;
    if (p.kind === "optOut" && CALL.test(folded.slice(start, end)) && KEEPS_TEXTS.test(folded)) continue;
    hits.push({ kind: p.kind, language: p.language, at: start, end, excerpt: text.slice(start, end) });
  }
  return hits;
}

/**
 * Whether an inbound message revokes consent (STOP ..., "stop texting me", "no me manden más
 * mensajes", BAJA, ALTO) or opts back in (START, UNSTOP). Consent is per channel: each request
 * counts for the channels it names (every channel when it names none), and on each channel the
 * last word counts; optOut is true when any channel ends revoked, so "keep emailing me, but stop
 * the texts" opts out, with `channels` saying which.
 */
export function detectConsentSignal(text: string): ConsentSignal {
  const folded = foldText(text);
  const hits = phraseHits(text, folded);
  const keyword = consentKeywordIn(text, folded);
  if (keyword) {
    const at = folded.indexOf(foldText(keyword.excerpt));
    hits.push({ kind: keyword.kind, language: keyword.language, at, end: at + keyword.excerpt.length, excerpt: keyword.excerpt, channels: ALL_CHANNELS });
  }
  if (hits.length === 0) return { optOut: false, optIn: false };
  const last = hits.reduce((a, b) => (b.at > a.at ? b : a));
  const signal: ConsentSignal = { optOut: last.kind === "optOut", optIn: last.kind === "optIn", excerpt: last.excerpt, language: last.language };
  if (!ANY_CHANNEL_WORD.test(folded)) return signal;
  if (hits.every((h) => h.kind === last.kind)) {
    if (!signal.optOut) return signal;
    const lists = hits.map((h) => channelsOf(h, folded));
    if (lists.includes(ALL_CHANNELS)) return signal;
    const named = ALL_CHANNELS.filter((c) => lists.some((list) => list.includes(c)));
    return named.length < ALL_CHANNELS.length ? { ...signal, channels: named } : signal;
  }
  return perChannel([...hits].sort((a, b) => a.at - b.at), folded);
}

/** The signal of hits (in message order) of both kinds that may name channels: on each channel its last hit counts; opted out when any channel ends revoked. */
function perChannel(hits: readonly Hit[], folded: string): ConsentSignal {
  const final = new Map<ConsentChannel, Hit>();
  for (const hit of hits) for (const channel of channelsOf(hit, folded)) final.set(channel, hit);
  const revoked = ALL_CHANNELS.filter((channel) => final.get(channel)?.kind === "optOut");
  if (revoked.length === 0) {
    const optIn = hits[hits.length - 1]!;
    return { optOut: false, optIn: true, excerpt: optIn.excerpt, language: optIn.language };
  }
  const optOut = hits.filter((h) => h.kind === "optOut" && h.channels!.some((c) => revoked.includes(c))).pop()!;
  const signal: ConsentSignal = { optOut: true, optIn: false, excerpt: optOut.excerpt, language: optOut.language };
  return revoked.length < ALL_CHANNELS.length ? { ...signal, channels: revoked } : signal;
}
