import { phrase, type PhraseRule } from "./text-signals";

/*
 * The phrase lists of the needs analysis, matched against normalized text (lowercase, no accents).
 * Each list is deliberately narrow: a word that is also ordinary English ("offer", "market",
 * "today") only counts inside a phrase that leaves no doubt, because a false flag sends the
 * client to the wrong specialist.
 */

const HOME = String.raw`(?:home|house|place|property|condo|townhome)`;

/** Time pressure in the client's own words. */
export const URGENCY_PHRASES: readonly PhraseRule[] = [
  phrase("asap", String.raw`\ba\.?s\.?a\.?p\b`),
  phrase("as soon as possible", String.raw`\bas soon as possible\b`),
  phrase("urgent", String.raw`\burgent(?:ly)?\b`),
  phrase("right away", String.raw`\bright away\b`),
  phrase("immediately", String.raw`\bimmediately\b`),
  phrase("this week", String.raw`\bthis (?:week|weekend)\b`),
  phrase("within days or weeks", String.raw`\b(?:in|within) (?:(?:a few|a couple(?: of)?|[1-9]|[12]\d|30) days?|(?:a|one|two|three|four|a few|a couple(?: of)?|[1-4]) weeks?)\b`),
  phrase("need to sell fast", String.raw`\b(?:sell|move|close|buy)(?: it| the house| my house| my home)? (?:fast|quickly|quick)\b`),
  phrase("quick sale", String.raw`\bquick sale\b`),
  phrase("lo antes posible", String.raw`\blo (?:antes|mas pronto) posible\b`),
  phrase("urgente", String.raw`\burgente\b`),
  phrase("esta semana", String.raw`\besta semana\b`),
];

/** The client is explicitly not in a hurry; text urgency is then ignored. */
export const NOT_READY_PHRASES: readonly PhraseRule[] = [
  phrase("not selling yet", String.raw`\bnot (?:selling|buying|moving|listing)(?: \w+)? yet\b`, false),
  phrase("not ready", String.raw`\bnot (?:ready|looking|planning) to (?:sell|buy|move|list)\b`, false),
  phrase("just looking", String.raw`\bjust (?:looking|curious|browsing)\b`, false),
  phrase("no rush", String.raw`\b(?:no rush|no hurry|not in a (?:hurry|rush))\b`, false),
  phrase("sin prisa", String.raw`\bsin prisa\b`, false),
];

/** A seller who also buys (read only for sellers). */
export const ALSO_BUYING_PHRASES: readonly PhraseRule[] = [
  phrase("also buying", String.raw`\balso (?:buying|buy|looking to buy|purchasing|purchase)\b`),
  phrase("buy another home", String.raw`\b(?:buy|buying|purchase|purchasing) (?:a|another|our next|my next|the next|a new|a bigger|a smaller) ${HOME}\b`),
  // "buyers looking to buy" is about the seller's buyers, not a purchase of their own.
  phrase("looking to buy", String.raw`(?<!buyers?\b.{0,20})\b(?:looking|want|wanting|need|plan|planning|hoping|ready) to buy\b`),
  phrase("sell and buy", String.raw`\b(?:and|then|before we|after we|so we can|so i can) (?:buy|purchase)\b(?! (?:my|our) )`),
  phrase("comprar", String.raw`\bcomprar\b`),
];

/** A buyer who also sells (read for buyers, investors and renters). */
export const ALSO_SELLING_PHRASES: readonly PhraseRule[] = [
  phrase("also selling", String.raw`\balso (?:selling|sell)\b`),
  phrase("sell my home", String.raw`\b(?:sell|selling|list|listing) (?:my|our) (?:current |old |existing )?${HOME}\b`),
  phrase("need to sell", String.raw`\b(?:need|have|has|got) to sell\b`),
  phrase("home to sell", String.raw`\b${HOME} to sell\b`),
  phrase("contingent on a sale", String.raw`\bcontingent (?:on|upon) (?:the |a )?sale\b`),
  phrase("vender", String.raw`\bvender\b`),
];

/** A signed contract: the transaction coordinator's work. */
export const UNDER_CONTRACT_PHRASES: readonly PhraseRule[] = [
  phrase("under contract", String.raw`\bunder contract\b`),
  phrase("in escrow", String.raw`\bin escrow\b`),
  phrase("escrow closes", String.raw`\b(?:escrow (?:closes|closing|opened)|close of escrow)\b`),
  phrase("contingency", String.raw`\b(?:inspection|appraisal|loan) contingenc(?:y|ies)\b`),
];

/** Offers and negotiation; a bare "offer" ("what do you offer") does not count. */
export const NEGOTIATION_PHRASES: readonly PhraseRule[] = [
  phrase("counter offer", String.raw`\bcounter[- ]?offers?\b`, false),
  phrase("multiple offers", String.raw`\b(?:multiple|several|competing|two|three|four|\d+) offers\b`, false),
  phrase("bidding war", String.raw`\bbidding war\b`, false),
  phrase("offer", String.raw`\b(?:an|the|my|our|their|his|her|your|cash|best|highest|final|backup|written|lowball) offers?\b`, false),
  phrase("negotiate", String.raw`\bnegotiat\w*`, false),
  phrase("oferta", String.raw`\bofertas?\b`, false),
];

/** Value and market questions: the market analyst's work. "The market" alone (a grocery) does not count. */
export const VALUATION_PHRASES: readonly PhraseRule[] = [
  phrase("what is my home worth", String.raw`\b(?:what(?:'s| is)|how much (?:is|would|could|will)) (?:my|our|the) ${HOME}(?: be)? worth\b`),
  phrase("home value", String.raw`\b(?:home|house|property) (?:value|valuation)s?\b`),
  phrase("value of my home", String.raw`\bvalue of (?:my|our|the) ${HOME}\b`),
  phrase("CMA", String.raw`\bcma\b`),
  phrase("comps", String.raw`\b(?:comps|comparables|comparable sales)\b`),
  phrase("housing market", String.raw`\b(?:housing|real estate|local|buyer'?s|seller'?s) market\b`),
  phrase("market value", String.raw`\bmarket (?:value|analysis|report|update|conditions|trends|data)\b`),
  phrase("how's the market", String.raw`\b(?:how(?:'s| is) the market|state of the market)\b`),
  phrase("cuanto vale", String.raw`\bcuanto vale\b`),
];

/** Investment intent from a client not typed as an investor. */
export const INVESTMENT_PHRASES: readonly PhraseRule[] = [
  phrase("investment property", String.raw`\b(?:investment|rental) (?:property|properties|income)\b`),
  phrase("cash flow", String.raw`\b(?:cash flow|cap rate)\b`),
  phrase("flip", String.raw`\b(?:fix and flip|flipping|flip (?:it|a house|houses|homes))\b`),
];

/** Jorge's legal or financial distress words; a negation does not cancel them ("not in foreclosure yet"). */
export const DISTRESS_PHRASES: readonly PhraseRule[] = [
  phrase("foreclosure", String.raw`\bforeclos\w*`, false),
  phrase("probate", String.raw`\bprobate\b`, false),
  phrase("divorce", String.raw`\bdivorc\w*`, false),
  phrase("attorney", String.raw`\b(?:attorney|lawyer|abogado)s?\b`, false),
  phrase("bankruptcy", String.raw`\b(?:bankrupt\w*|bancarrota)`, false),
  phrase("lawsuit", String.raw`\blawsuits?\b`, false),
  phrase("short sale", String.raw`\b(?:short sale|notice of default|behind on (?:my |our |the )?(?:mortgage|payments))\b`, false),
];

/** More than one decision maker on the client side. */
export const MULTIPLE_PARTIES_PHRASES: readonly PhraseRule[] = [
  phrase("co-owner", String.raw`\bco-? ?owners?\b`, false),
  phrase("heirs", String.raw`\b(?:heirs?|siblings|inherited|the estate)\b`, false),
  phrase("my ex", String.raw`\bmy ex\b`, false),
  phrase("tenants in common", String.raw`\btenants in common\b`, false),
];

/** The client asks for a person rather than an automated agent. */
export const WANTS_PERSON_PHRASES: readonly PhraseRule[] = [
  phrase("real person", String.raw`\b(?:real|actual|live) (?:person|human|agent)\b`),
  phrase("talk to a person", String.raw`\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:human|person|jorge)\b`),
  phrase("not a bot", String.raw`\bnot (?:a |an )?(?:bot|robot)\b`, false),
  phrase("hablar con una persona", String.raw`\bhablar con (?:una persona|alguien|jorge)\b`),
];
