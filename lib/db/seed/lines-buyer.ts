import { MOVE_IN_WORDS } from "./message-text";
import { client, team, type Line, type Part } from "./phrases";
import { ACK, ACK_ES, HELLO, HELLO_ES } from "./lines-seller";

/** Jorge's buyer questions, in his order; renters are asked rent, bedrooms and move-in date. */
export const BUYER_TOPICS = ["range", "preapproval", "beds", "timeline"] as const;
export const RENTER_TOPICS = ["rent", "beds", "timeline"] as const;
export type BuyerTopic = (typeof BUYER_TOPICS)[number] | "rent";

/** The team's question for each topic, and a few words for the call log. */
export const BUYER_ASK: Record<BuyerTopic, { en: Part; es: Part; gist: Part }> = {
  range: { en: ["What price range are you comfortable with?", "Do you have a budget in mind?", "What price range should I search in?", "What are you comfortable spending, roughly?", "[To start,|First,] what price range [should I look in|feels comfortable]?", "[What's|Do you have] a budget [range |]in mind for the search?"], es: ["¿Qué rango de precio tiene en mente?", "¿Qué presupuesto tiene?"], gist: ["asked about the budget"] },
  preapproval: { en: ["Have you been pre-approved yet, or would an intro to a local lender help?", "Are you already working with a lender?", "Do you have a pre-approval letter yet?", "[Next,|And] have you talked with a lender about pre-approval?", "Are you pre-approved, or [should I|can I] connect you with a lender?"], es: ["¿Ya tiene una preaprobación de préstamo?", "¿Ya está trabajando con algún prestamista?"], gist: ["asked about pre-approval"] },
  beds: { en: ["How many bedrooms do you need, and is a yard a must-have?", "How many bedrooms are you looking for, and do you need a yard?", "What's on the must-have list, bedrooms and a yard?", "[How many|What number of] bedrooms [should I search for|do you need], and how important is a yard?", "Tell me about the must-haves: how many bedrooms, and a yard or not?"], es: ["¿Cuántas recámaras necesita y es importante tener patio?"], gist: ["asked about bedrooms and a yard"] },
  timeline: { en: ["When are you hoping to be moved in?", "When would you like to be in your new home?", "Do you have a moving date in mind?", "[Last one:|Last question:] when are you hoping to be moved in?", "[Is there|Do you have] a date you'd like to be moved in by?"], es: ["¿Para cuándo les gustaría mudarse?"], gist: ["asked about the move-in date"] },
  rent: { en: ["What monthly rent are you working with?", "What's your monthly rent budget?"], es: ["¿Cuánto puede pagar de renta al mes?"], gist: ["asked about the monthly rent"] },
};

/** A buyer's or renter's answer to a topic, from their qualification. */
export function buyerAnswer(topic: BuyerTopic, q: Record<string, unknown>): Line {
  if (topic === "range") return client([["We're hoping to stay between {min} and {max}.", "Somewhere between {min} and {max}.", "Our range is {min} to {max}.", "[Ideally|Probably] {min} to {max}.", "We'd like to stay in the {min} to {max} range."]], [["Entre {min} y {max}."]], 0.35, true, { gist: ["{first} wants to stay between {min} and {max}"] });
  if (topic === "rent") return client([["Up to {rent} a month.", "Between {rentMin} and {rent} a month would work."]], [["Hasta {rent} al mes."]], 0.3, true, { gist: ["{first} can pay up to {rent} a month"] });
  if (topic === "preapproval") {
    return q.preApproved
      ? client([["Yes, we're pre-approved with {lender} up to {approved}.", "We have a pre-approval from {lender} for {approved}.", "[Yes|Yep], {lender} pre-approved us for {approved}.", "We're pre-approved for {approved} through {lender}."]], [["Sí, ya estamos preaprobados con {lender} hasta {approved}."]], 0.5, true, { gist: ["{first} is pre-approved with {lender}"] })
      : client([["Not yet, we still need to talk to a lender.", "No, we haven't been pre-approved yet.", "Not yet, [a lender intro would help|we'd welcome a lender recommendation].", "We haven't talked to a lender yet."]], [["Todavía no tenemos la preaprobación."]], 0.1, true, { gist: ["{first} still needs a lender"] });
  }
  if (topic === "beds") {
    const en: Part = q.wantsYard ? ["At least {beds} bedrooms and a yard for the dog.", "We need {beds} bedrooms and a backyard.", "{beds} bedrooms [minimum|at least], and a yard [is a must|for the kids]."] : ["{beds} bedrooms, and a yard isn't a must.", "At least {beds} bedrooms, the yard doesn't matter much.", "We need {beds} bedrooms, [we don't need|no need for] a big yard."];
    return client([en], [[q.wantsYard ? "Necesitamos {beds} recámaras y un patio." : "Necesitamos {beds} recámaras."]], 0.4, true, { gist: ["{first} needs {beds} bedrooms"] });
  }
  return client([MOVE_IN_WORDS[String(q.moveInTimeline)] ?? MOVE_IN_WORDS["3-6 months"]!], [["Nos gustaría mudarnos en los próximos meses."]], 0.3, true, { gist: ["{first} talked through the move-in date"] });
}

const STRATEGY: Record<string, string> = { buy_and_hold_rental: "a rental property", fix_and_flip: "a fix and flip", adu_addition: "a lot with room for an ADU" };

/** The buyer's first message, by how they came in; it states a range only when the profile holds one. */
export function buyerInquiry(kind: "buyer" | "investor" | "renter", source: string, q: Record<string, unknown>, withRange: boolean): Line {
  const range: Part[] = withRange ? [["We're looking between {min} and {max}.", "Our budget is {min} to {max}."]] : [];
  if (kind === "renter") return client([["Hi, I'm looking for a rental in {area}, do you handle those?", "Hello, we need a house to rent in {city}, can you help?"]], [["Hola, buscamos una casa para rentar en {city}."]], 0.25);
  if (kind === "investor") return client([[`Hi, I'm an investor looking for ${STRATEGY[String(q.strategy)] ?? "a rental property"} in {area}.`], ...range], [["Hola, busco una propiedad de inversión en {city}."]], 0.3);
  const opener: Record<string, Part> = {
    zillow: ["Hi, I saw a home on {listing} on Zillow, is it still available?"],
    "open-house": ["Hi, we met at your open house on {listing} last weekend."],
    referral: ["Hi, a coworker gave me your number, we're starting to look for a home in {area}."],
    "past-client": ["Hi, you helped my sister buy her place and now it's our turn."],
  };
  const first: Part = opener[source] ?? ["Hi, I'm interested in homes in {area}.", "Hello, we're starting to look for a house in {city}.", "Hi, we're first-time buyers and don't know where to start."];
  return client([first, ...range], [["Hola, buscamos casa en {city}.", "Buenas tardes, queremos comprar casa en {area}."], ...(withRange ? [["Nuestro presupuesto es de {min} a {max}."]] : [])], 0.3);
}

/** How the team opens its first reply to a buyer, with an answer to what the inquiry asked. */
export function buyerWelcome(source: string): { en: readonly Part[]; es: readonly Part[] } {
  const answer: Part = source === "zillow"
    ? ["That one just went pending, but there are a few similar homes nearby I can send.", "That home has two offers already, but I can show you a few like it."]
    : ["Happy to help you find the right home in {area}.", "I'd be glad to help with your search.", "Thanks for reaching out, I can help you get started.", "[Glad|Happy] to help [with the search|you get started].", "I know {area} well and can help you narrow it down.", ""];
  return {
    en: [HELLO, answer],
    es: [HELLO_ES, ["Con gusto le ayudo a encontrar casa[| en {area}].", "[Claro que sí|Con mucho gusto], le ayudo con su búsqueda.", ""]],
  };
}

/** After the last buyer answer: the search the team sets up. */
export function buyerWrap(renter: boolean): Line[] {
  const search: Part = renter
    ? ["I'll send the rentals in {area} that fit as soon as they come up.", "I'll keep an eye on rentals in {area} and send the good ones."]
    : ["I'll set up a search for {beds}-bedroom homes in {area} between {min} and {max}.", "I'll send the best {beds}-bedroom homes in {area} that fit your range as they come on.", "I'll put together a short list of homes in {area} between {min} and {max}."];
  return [team([ACK, search], [ACK_ES, ["Le mando las casas que le queden bien."]], 0.5, { gist: ["set up the home search"] })];
}
