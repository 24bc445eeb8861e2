import { describe, expect, it } from "vitest";
import {
  ALSO_BUYING_PHRASES, ALSO_SELLING_PHRASES, DISTRESS_PHRASES, INVESTMENT_PHRASES, MULTIPLE_PARTIES_PHRASES, NEGOTIATION_PHRASES,
  NOT_READY_PHRASES, UNDER_CONTRACT_PHRASES, VALUATION_PHRASES, WANTS_PERSON_PHRASES,
} from "./phrases";
import { findPhrase, normalizeText, type PhraseRule } from "./text-signals";

const hits = (rules: readonly PhraseRule[], text: string) => findPhrase(normalizeText(text), rules) !== null;

describe("phrase lists", () => {
  const cases: [string, readonly PhraseRule[], string[], string[]][] = [
    ["negotiation", NEGOTIATION_PHRASES,
      ["We got multiple offers", "Should we counter offer?", "they sent a counteroffer", "Is it time to make an offer?", "a bidding war on Haven", "can you negotiate the repairs"],
      ["What services do you offer?", "Do you offer free staging?", "The listing photos look great"]],
    ["valuation", VALUATION_PHRASES,
      ["What is my home worth?", "how much would my house be worth", "Can you send me a CMA", "what are the comps", "How's the market in Etiwanda?", "home values in Alta Loma"],
      ["I'll stop by the market on Saturday", "the farmers market near Victoria Gardens", "how long will it be on the market"]],
    ["also buying", ALSO_BUYING_PHRASES,
      ["We also need to buy a bigger home", "we are also buying in Eastvale", "looking to buy after we sell", "then buy a new house in Fontana", "We need to sell our house and buy something in Eastvale"],
      ["the buyer wants to know the HOA", "We are not looking to buy", "Do you have buyers looking to buy in Etiwanda?", "can someone come and buy our house"]],
    ["also selling", ALSO_SELLING_PHRASES,
      ["We need to sell our condo first", "we are also selling", "offer contingent on the sale of our home", "we have a house to sell"],
      ["We are not selling our condo", "how fast do homes sell here", "the sellers seem motivated"]],
    ["under contract", UNDER_CONTRACT_PHRASES,
      ["We are under contract on Banyan St", "we're in escrow until the 20th", "the appraisal contingency ends Friday"],
      ["We are not under contract yet", "What is an escrow account?"]],
    ["investment", INVESTMENT_PHRASES,
      ["looking for a rental property", "what cash flow can I expect", "we want to fix and flip"],
      ["I have flip-flops on", "the property is a rental? no, owner occupied"]],
    ["distress", DISTRESS_PHRASES,
      ["we are facing foreclosure", "the house is in probate", "going through a divorce", "my attorney will call", "not in foreclosure yet but behind on payments"],
      ["the divide between the lots", "It is an estate-quality home"]],
    ["multiple parties", MULTIPLE_PARTIES_PHRASES, ["my siblings and I inherited the house", "we are co-owners"], ["my exact budget is 700k", "real estate is hard"]],
    ["wants person", WANTS_PERSON_PHRASES, ["Can I talk to a real person?", "I want to speak with Jorge", "are you a bot? I want a human. not a bot"], ["I don't want to talk to a person, text is fine", "a personal question"]],
    ["not ready", NOT_READY_PHRASES, ["not selling yet", "We're not ready to sell", "just looking", "no rush"], ["ready to sell now"]],
  ];

  for (const [name, rules, yes, no] of cases) {
    it.each(yes)(`${name}: flags %j`, (text) => expect(hits(rules, text)).toBe(true));
    it.each(no)(`${name}: does not flag %j`, (text) => expect(hits(rules, text)).toBe(false));
  }
});
