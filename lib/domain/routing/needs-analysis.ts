import type { SeatRole } from "../team/vocabulary";
import { detectSpanish, languageName, normalizeLanguage } from "./language";
import { resolveMarket } from "./market-resolution";
import {
  ALSO_BUYING_PHRASES, ALSO_SELLING_PHRASES, DISTRESS_PHRASES, INVESTMENT_PHRASES, MULTIPLE_PARTIES_PHRASES,
  NEGOTIATION_PHRASES, NOT_READY_PHRASES, UNDER_CONTRACT_PHRASES, VALUATION_PHRASES, WANTS_PERSON_PHRASES,
} from "./phrases";
import { findPhrase, normalizeText, type PhraseRule } from "./text-signals";
import type { MarketRef, NeedFlag, Needs, RoutingRequest } from "./types";
import { assessUrgency } from "./urgency";

/** The order support roles are listed and filled in, so the same request always gives the same team. */
export const SUPPORT_ORDER: readonly SeatRole[] = ["listing_specialist", "buyer_specialist", "negotiation_expert", "market_analyst", "geographic"];

/** Reads the lead role from the client type; an investor on the seller pipeline is selling. */
function leadFor(request: RoutingRequest): { role: SeatRole; reason: string } {
  switch (request.clientType) {
    case "seller":
      return { role: "listing_specialist", reason: "Seller client: a listing specialist leads" };
    case "investor":
      return request.pipeline === "seller"
        ? { role: "listing_specialist", reason: "Investor on the seller pipeline: a listing specialist leads" }
        : { role: "buyer_specialist", reason: "Investor buying: a buyer specialist leads" };
    case "renter":
      return { role: "buyer_specialist", reason: "Renter: the team has no leasing role, so a buyer specialist leads (renters often become buyers)" };
    default:
      return { role: "buyer_specialist", reason: "Buyer client: a buyer specialist leads" };
  }
}

/**
 * Decides the team a request needs: the lead role, the support roles, the market, the language,
 * the urgency and the flags read from the text, each with a human-readable reason.
 * The client type decides the side: a seller who writes "not selling yet" stays a seller (the
 * text only cancels the text's urgency), since the pipeline data is more reliable than one SMS.
 */
export function analyzeNeeds(request: RoutingRequest, markets: readonly MarketRef[]): Needs {
  const text = normalizeText(request.text ?? "");
  const flags: NeedFlag[] = [];
  const reasons: string[] = [];
  const support = new Set<SeatRole>();
  const read = (flag: NeedFlag, rules: readonly PhraseRule[], why: string, role?: SeatRole): boolean => {
    const hit = findPhrase(text, rules);
    if (!hit) return false;
    flags.push(flag);
    reasons.push(`The text says "${hit.matched}": ${why}`);
    if (role) support.add(role);
    return true;
  };

  const lead = leadFor(request);
  let leadRole = lead.role;
  reasons.push(lead.reason);
  const notReady = read("not_ready", NOT_READY_PHRASES, "no urgency is read from the text; the client type still decides the side");
  if (leadRole === "listing_specialist") read("also_buying", ALSO_BUYING_PHRASES, "also buying, so a buyer specialist supports the purchase", "buyer_specialist");
  else read("also_selling", ALSO_SELLING_PHRASES, "also selling, so a listing specialist supports the sale", "listing_specialist");
  if (request.clientType === "investor") {
    flags.push("investment");
    support.add("market_analyst");
    reasons.push("Investor: a market analyst supports with the numbers");
  } else {
    read("investment", INVESTMENT_PHRASES, "investment intent, so a market analyst supports with the numbers", "market_analyst");
  }
  const underContract = request.stage === "Under Contract" || read("under_contract", UNDER_CONTRACT_PHRASES, "the deal is under contract");
  if (underContract) {
    if (!flags.includes("under_contract")) flags.push("under_contract");
    leadRole = "transaction_coordinator";
    support.add("negotiation_expert");
    reasons.push("Under contract: a transaction coordinator leads and a negotiation expert supports");
  }
  if (request.clientType === "seller" && !underContract && !support.has("market_analyst")) {
    support.add("market_analyst");
    reasons.push("Seller: a market analyst prepares the pricing (comparable sales)");
  }
  read("negotiation", NEGOTIATION_PHRASES, "offers are in play, so a negotiation expert supports", "negotiation_expert");
  read("valuation", VALUATION_PHRASES, "a value or market question, so a market analyst supports", "market_analyst");
  read("distress", DISTRESS_PHRASES, "legal or financial distress, a case Jorge wants to know about");
  read("multiple_parties", MULTIPLE_PARTIES_PHRASES, "more than one decision maker");
  read("wants_person", WANTS_PERSON_PHRASES, "the client asks for a person, so human seats fit better");

  const { market, reason: marketReason } = resolveMarket(markets, request.postalCode, request.city);
  reasons.push(marketReason);
  if (market && market.hasGeographicAgent !== false) {
    support.add("geographic");
    reasons.push(`${market.name} has a geographic agent: the local agent supports`);
  }

  const language = pickLanguage(request.language, request.text ?? "", reasons);
  const { urgency, signals } = assessUrgency({
    normalizedText: text, temperature: request.temperature, timelineDays: request.timelineDays, stage: request.stage, notReady,
  });
  reasons.push(urgency === "high" ? `Urgent: ${signals.join("; ")}` : "Not urgent: no time pressure in the text or the data");

  support.delete(leadRole);
  const supportRoles = SUPPORT_ORDER.filter((r) => support.has(r));
  return { leadRole, supportRoles, market, language, urgency, urgencySignals: signals, flags, reasons };
}

/** The given language wins; otherwise Spanish when the text reads as Spanish; otherwise English. */
function pickLanguage(given: string | null | undefined, text: string, reasons: string[]): string {
  const explicit = normalizeLanguage(given);
  if (explicit) {
    reasons.push(`Language ${languageName(explicit)} (${explicit}), as given`);
    return explicit;
  }
  const { spanish, markers } = detectSpanish(text);
  if (spanish) {
    reasons.push(`Language Spanish (es): the text reads as Spanish (${markers.slice(0, 4).join(", ")})`);
    return "es";
  }
  reasons.push("Language English (en): none given and the text does not read as Spanish");
  return "en";
}
