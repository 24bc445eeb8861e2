import { readTimeline } from "../intake/timeline-text";
import { READY_WITHIN_DAYS } from "../qualification/lead-score";
import { clarity, excerptOf, isUnknownReply, mask, spanOf, type Found } from "./answer";
import { yesNo, type Reading } from "./reading";

/** "30-45 days is fine", "that works", "sí, está bien": the seller accepts Jorge's 30-45 day sale. */
const ACCEPTS = /\b(?:(?:30|thirty)\s*(?:-|to|a|or)\s*(?:45|forty[- ]five)\s*(?:days?|dias)?\s*(?:is|would be|sounds|esta|works?|could work)?\s*(?:fine|good|great|perfect|ok|okay|bien|perfecto)|(?:that|it|this|esa|eso|esto)(?:'s| is)? (?:could |would |should |will )?(?:works?|be fine|fine|perfect|esta bien|funciona)|works for (?:us|me)|(?:esta|estaria) bien)\b/;
/** "too fast", "not until", "no way": the 30-45 day sale does not work. */
const DECLINES = /\b(?:too (?:fast|soon|quick)|not that (?:fast|soon|quickly)|not until|no way|not ready|demasiado pronto|muy pronto|hasta (?:el|la|que))\b/;
/** The question's own "30-45 days" echoed back is an answer to it, not a date. */
const ECHO = /\b(?:30|thirty)\s*(?:-|to|a|or)\s*(?:45|forty[- ]five)\s*(?:days?|dias)?/;
/** Words that tie a date in the text to selling or moving, for a timeline nobody asked about. */
const MOVE_WORDS = /\b(?:sell|selling|sold|list|listing|move|moving|move in|be out|be in|close|closing|relocat\w*|lease|vender|venderla|mudar\w*|salir|cerrar|entrar)\b/;

function clearStatement(r: Reading, asked: boolean): boolean {
  return asked || MOVE_WORDS.test(r.folded);
}

/**
 * The seller's timeline against Jorge's 30-45 day sale: an explicit yes or no to the question
 * ("yes 30-45 days is fine", "no, too soon"), a date or span in the words ("not until summer",
 * "en unos 60 días") read as days from now; a known date decides whether 30-45 days works when
 * the client said neither yes nor no. A timeline nobody asked about counts only beside words of
 * selling or moving ("we need to be out in 30 days").
 */
export function readSellerTimeline(r: Reading): Found | null {
  if (r.ctx.pipeline !== "seller") return null;
  const asked = r.ctx.lastQuestion === "timeline";
  const echo = ECHO.exec(r.folded);
  const when = readTimeline(echo ? mask(r.text, [spanOf(echo)]) : r.text, r.ctx);
  const said = asked ? (DECLINES.test(r.folded) ? false : ACCEPTS.test(r.folded) ? true : yesNo(r.folded)) : null;
  if (!when && said === null) return asked ? unknownAnswer(r, "timeline") : null;
  if (when && !clearStatement(r, asked)) return null;
  const value: Record<string, unknown> = {};
  if (when) Object.assign(value, { days: when.days, date: when.date });
  const fits = said === false ? false : when && when.days > READY_WITHIN_DAYS ? false : said ?? (when ? when.days <= READY_WITHIN_DAYS : null);
  if (fits !== null) value.fits30to45 = fits;
  const excerpt = excerptOf(r.original, 0, r.original.length);
  return { answer: { field: "timeline", value, excerpt, quality: clarity(r.text, when ? 90 : 80) }, spans: spanOfReading(r, when?.excerpt) };
}

/** The buyer's move-in date as days from now ("next summer", "para junio", "as soon as possible"). */
export function readMoveIn(r: Reading): Found | null {
  if (r.ctx.pipeline !== "buyer") return null;
  const asked = r.ctx.lastQuestion === "move_in";
  const when = readTimeline(r.text, r.ctx);
  if (!when) return asked ? unknownAnswer(r, "move_in") : null;
  if (!clearStatement(r, asked)) return null;
  const excerpt = excerptOf(r.original, 0, r.original.length);
  return { answer: { field: "move_in", value: { days: when.days, date: when.date }, excerpt, quality: clarity(r.text, 90) }, spans: spanOfReading(r, when.excerpt) };
}

/** The words a timeline was read from, so the money and bedroom readers skip "60 days". */
function spanOfReading(r: Reading, words: string | undefined): [number, number][] {
  if (!words) return [];
  const at = r.text.indexOf(words);
  return at < 0 ? [] : [[at, at + words.length]];
}

/** "idk", "maybe, it depends" in reply to the question: answered, without a date, at low quality. */
function unknownAnswer(r: Reading, field: "timeline" | "move_in"): Found | null {
  const quality = clarity(r.text);
  if (!isUnknownReply(r.text) && quality > 50) return null;
  return { answer: { field, value: { unknown: true }, excerpt: excerptOf(r.original, 0, r.original.length), quality: Math.min(quality, 25) }, spans: [] };
}
