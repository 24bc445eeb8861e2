import { BUYER_ASK, BUYER_TOPICS, buyerAnswer, buyerInquiry, buyerWelcome, buyerWrap, RENTER_TOPICS } from "./lines-buyer";
import { followUp } from "./lines-nurture";
import { ACK, ACK_ES, MOTIVE, SELLER_ASK, SELLER_TOPICS, SELLER_WELCOME_ES, sellerWelcome, sellerAnswer, sellerInquiry, sellerWrap } from "./lines-seller";
import { team, type Line, type Part } from "./phrases";
import type { Prng } from "./prng";
import type { ClientInfo } from "./types";

/** The first conversation: the inquiry, then Jorge's questions in order, each answered from the profile until the first it does not hold. */
export interface Intake {
  lines: Line[];
  /** The question still waiting for an answer, asked again in follow-ups. */
  pending: string | null;
}

interface Ask {
  en: Part;
  es: Part;
  gist: Part;
}

/**
 * Walks the topics in order: a topic the inquiry already covered is skipped, an answered one is
 * asked and answered, and the first unanswered one is asked and left pending. The first question
 * rides on the welcome; later ones open with a short thanks.
 */
function interview(rng: Prng, inquiry: Line, welcome: { en: readonly Part[]; es: readonly Part[] }, topics: readonly string[], covered: ReadonlySet<string>, answered: ReadonlySet<string>, asks: Record<string, Ask>, answer: (t: string) => Line, wrap: Line[]): Intake {
  const lines: Line[] = [inquiry];
  let first = true;
  for (const topic of topics) {
    if (covered.has(topic)) continue;
    const ask = asks[topic]!;
    lines.push(first ? team([...welcome.en, ask.en], [...welcome.es, ask.es], 0.5, { gist: ask.gist }) : team([ACK, ask.en], [ACK_ES, ask.es], 0.45, { gist: ask.gist }));
    first = false;
    if (!answered.has(topic)) {
      if (rng.chance(0.3)) lines.push(...followUp(null, true).slice(1));
      return { lines, pending: topic };
    }
    lines.push(answer(topic));
  }
  if (first) lines.push(team([...welcome.en], [...welcome.es], 0.5));
  lines.push(...wrap);
  return { lines, pending: null };
}

/** A seller's intake; `hotNow` when they turn hot within this first conversation. */
export function sellerIntake(rng: Prng, c: ClientInfo, hotNow: boolean): Intake {
  const q = c.row.qualification as Record<string, unknown>;
  const k = Number(q.answered ?? 0);
  const knows = !!c.row.propertyAddress;
  const covered = new Set<string>(knows ? ["address"] : []);
  const motive = k >= 1 && (!knows || rng.chance(0.35)) ? MOTIVE[String(q.whySelling)] ?? null : null;
  if (motive) covered.add("why");
  const answered = new Set<string>(SELLER_TOPICS.slice(1, 1 + k));
  return interview(rng, sellerInquiry(c.source, knows, motive?.en ?? null), { en: sellerWelcome(knows), es: SELLER_WELCOME_ES }, SELLER_TOPICS, covered, answered, SELLER_ASK, (t) => sellerAnswer(t as never, q), sellerWrap(hotNow));
}

/** A buyer's, investor's or renter's intake. */
export function buyerIntake(rng: Prng, c: ClientInfo): Intake {
  const q = c.row.qualification as Record<string, unknown>;
  const k = Number(q.answered ?? 0);
  const renter = c.type === "renter";
  const topics = renter ? RENTER_TOPICS : BUYER_TOPICS;
  const answered = new Set<string>(renter ? (k >= 2 ? RENTER_TOPICS : k >= 1 ? ["rent"] : []) : BUYER_TOPICS.slice(0, k));
  const withRange = !renter && k >= 1 && rng.chance(0.4);
  const covered = new Set<string>(withRange ? ["range"] : []);
  const kind = renter ? "renter" : c.type === "investor" ? "investor" : "buyer";
  const intake = interview(rng, buyerInquiry(kind, c.source, q, withRange), buyerWelcome(c.source), topics, covered, answered, BUYER_ASK, (t) => buyerAnswer(t as never, q), buyerWrap(renter));
  return { ...intake, pending: intake.pending === "timeline" ? "moveIn" : intake.pending };
}
