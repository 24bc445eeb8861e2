/**
 * "Stop! That price is amazing": a bare STOP shouted in surprise, followed by plain delight in
 * what was sent, is engagement, not a revocation. Conservative on purpose: the exception needs a
 * word of delight after the STOP and no word anywhere else in the message of refusal, annoyance,
 * leaving or contact, so "Stop! Not interested" or "STOP. Amazing how you keep texting" still opt out.
 */
import { phrase } from "./text-folding";

const DELIGHT = phrase(
  "amazing|awesome|incredible|unbelievable|love (?:it|this|that|the)|i love|loving it|gorgeous|beautiful|stunning|perfect|fantastic|wow+|insane price|what a (?:deal|steal|price|house|home|view)|a steal|dream (?:home|house)|no way|omg|wonderful|impressive|great (?:price|deal|house|home|place|news)|so good|too good to be true|can'?t wait|so excited|jaw dropping",
  "",
);
const REFUSAL = phrase(
  "not|no(?! way)|nope|don'?t|do not|never|stop\\w*|quit|end|cancel\\w*|unsubscribe|remove|opt|spam\\w*|scam\\w*|report\\w*|block\\w*|leave|annoy\\w*|harass\\w*|enough|sold|wrong|bother\\w*|lawyer|sue|baja|alto|text\\w*|messag\\w*|call\\w*|contact\\w*|email\\w*|sick|tired|fed up|hate|ugh+|smh|seriously",
  "",
);

/**
 * Whether a bare "Stop!" between `before` and `after` (folded text) is surprise at good news
 * rather than a request to stop: delight follows it and nothing around it refuses or complains.
 */
export function isDelightedStop(before: string, after: string): boolean {
  return DELIGHT.test(after) && !REFUSAL.test(after) && !REFUSAL.test(before);
}
