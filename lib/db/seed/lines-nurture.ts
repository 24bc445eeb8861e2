import { client, team, type Line, type Part } from "./phrases";

/** Openers of a cadence follow-up. */
const FOLLOW: Part = [
  "Hi {first}, [just |]following up on my [last|earlier] [message|note].",
  "Hi {first}, [just |]checking in[| on your plans| on your move| to see how things are going].",
  "[Hi|Hello] {first}, circling back in case my last [note|message] got buried.",
  "{greeting} {first}, [just |]following up [from last week|on my note|on our conversation].",
  "Hi {first}, I wanted to follow up [and see where things stand|on your plans|on our last conversation].",
  "{greeting} {first}, hope your week is going [well|smoothly].",
  "Hi {first}, [it's|this is] {agent} [again |]from Jorge Salas's team, checking in.",
];
const FOLLOW_ES: Part = ["Hola {first}, solo quería dar seguimiento[| a mi mensaje| a nuestra plática].", "{greeting} {first}, le escribo para dar seguimiento[| a su búsqueda| a sus planes].", "Hola {first}, [¿cómo van sus planes?|¿cómo va todo?|espero que esté muy bien.]", "{greeting} {first}, soy {agent} del equipo de Jorge Salas."];
const HERE_ES: Part = ["Aquí estoy para lo que necesite[| cuando guste].", "Con gusto le ayudo cuando guste.", "[Cualquier pregunta|Cualquier duda], aquí estoy.", "Quedo a sus órdenes.", ""];

/** The pending question, asked again gently, per topic (left out when it has been asked too often lately). */
const REASK: Record<string, Part> = {
  address: ["When you have a minute, [what's|could you send me] the address of the home?", "Whenever it's convenient, which address should I pull the sales for?", "[No rush, but|If you get a chance,] could you share the address of the property?", ""],
  why: ["No rush, but I'd love to hear what's prompting the move.", "Whenever you're ready, I'd love to hear what's behind the move.", "[If you don't mind sharing,|When you have a minute,] what's behind the sale?", ""],
  timeline: ["Have you had a chance to think about whether 30-45 days would work?", "Whenever you're ready, would a 30-45 day sale fit your plans?", "[Any thoughts|Have you landed anywhere] on whether a 30-45 day timeline could work?", "Would closing in 30-45 days [still |]be realistic for you?", ""],
  condition: ["Whenever it's convenient, is the home move-in ready or does it need some projects?", "[When you get a chance,|No rush, but] are there any repairs a buyer should know about?", "How's the condition, move-in ready or a few projects to mention?", ""],
  price: ["Have you thought about what price would feel good?", "[Whenever you're ready,|No pressure,] do you have a number in mind?", "What price would make the move worth it for you?", ""],
  range: ["Whenever you're ready, what price range should I search in?", "[No rush, but|When you get a chance,] do you have a budget in mind?", "What price range feels comfortable to you?", ""],
  preapproval: ["Did you get a chance to talk with a lender?", "Would an intro to a local lender help you get pre-approved?", "[Have you|Did you] [had a chance to|get to] connect with a lender yet?", "Happy to introduce you to a lender [we trust|who closes on time] if that helps you get pre-approved.", ""],
  beds: ["How many bedrooms should I look for?", "[What|Which] must-haves should I search for, bedrooms and a yard?", "How many bedrooms [do you need|should the search include]?", ""],
  moveIn: ["Do you have a moving date in mind yet?", "[When|Around when] would you like to be moved in?", "[Any thoughts|Have you thought more] on a moving date?", ""],
  rent: ["What monthly rent should I look for?", "[What's|Do you have] a monthly rent budget in mind?", ""],
};
const OFFER: Part = [
  "I can send a few homes that just hit the market in {area}.", "Happy to send the recent sales in {area} if that's useful.", "I'm here whenever you're ready.",
  "No pressure at all, I'm happy to help whenever the timing is right.", "If anything has changed, just reply here.", "",
];

/** A cadence follow-up: a check-in, the pending question again (or an offer of help), and sometimes the client's reply. */
export function followUp(pending: string | null, replies: boolean): Line[] {
  const second = pending && REASK[pending] ? REASK[pending]! : OFFER;
  const lines: Line[] = [team([FOLLOW, second], [FOLLOW_ES, HERE_ES], 0.4, { gist: ["followed up on the last conversation", "checked in on their plans"] })];
  if (replies) {
    lines.push(client([["Sorry, busy week, can we talk next week?", "Still talking it over at home.", "Not yet, I'll let you know.", "Thanks for checking in, we're still deciding.", "We haven't decided yet, I'll reach out soon.", "[Sorry for the slow reply,|Sorry,] things have been hectic here.", "Thanks, still thinking it through.", "We're not quite there yet, thanks for your patience.", "Give us a little more time please.", "Appreciate it, we'll get back to you.", ""]], [["Todavía lo estamos pensando.", "Gracias, le aviso pronto.", "Seguimos platicándolo en familia.", "Deme unos días más por favor.", ""]], 0, false, { gist: ["{first} is still deciding"] }));
    lines.push(team([["No problem at all, I'll check back soon.", "Understood, take your time.", "Sounds good, talk soon.", "Of course, I'm here when you're ready.", "[Totally|Completely] understand, [no rush|there's no rush at all].", "Thanks for letting me know, I'll check in [later|again soon].", "No worries, I'll be here when you're ready.", "All good, [just |]reply here whenever it suits you."]], [["Claro que sí, aquí estoy.", "No se preocupe, sin prisa.", "Con gusto, le escribo más adelante.", "Entiendo perfectamente, aquí estoy."]], 0.4));
  }
  return lines;
}

/** Warm sellers hear the market on the cadence days; they sometimes ask about the fee. */
export function sellerUpdate(kind: number): Line[] {
  const update = team([
    ["Hi {first}, a home near {street} just closed at {comp}.", "Quick {city} update: well-priced homes are going pending in about three weeks.", "{greeting} {first}, inventory in {area} is still tight this month.", "Hi {first}, two homes near you in {area} went under contract this week.", "Hi {first}, a [similar|comparable] home [a few blocks|around the corner] from {street} sold for {comp}."],
    ["Want me to send the details?", "Happy to run an updated net sheet whenever it's useful.", "I can update your value range anytime.", "Let me know if you'd like the numbers."],
  ], [["Hola {first}, una casa cerca de {street} se vendió en {comp}."], ["¿Le mando los detalles?"]], 0.4, { email: true, gist: ["shared a recent sale near the home"] });
  if (kind === 0) return [update];
  if (kind === 1) return [update, client([["Thanks, that's helpful.", "Interesting, thank you.", "Good to know, thanks.", "Thanks for keeping us posted.", "Helpful, thank you.", ""]], [["Gracias por la información.", ""]], 0.3, false)];
  if (kind === 2) {
    return [update, client([["Yes please, send the details.", "Please send them over.", "Sure, I'd like to see those.", "Yes, send it over please.", ""]], [["Sí, mándemelos por favor.", ""]], 0.4),
      team([["Here's the sale near {street} with the photos and the price per square foot.", "Sent, the summary shows the sale price, days on market and how it compares to your home.", "Just sent the details, including how long it took to sell.", "It's in your inbox with photos and the price per square foot.", "Sent, and I added two more recent sales for comparison."]], [["Listo, le mandé el resumen."]], 0.45, { email: true })];
  }
  return [update, client([["What would your commission be?", "How does your commission work?", "Out of curiosity, what do you charge?", "What's your fee if we list with you?", ""]], [["¿Cuánto cobran de comisión?", ""]], 0),
    team([["Jorge's fee is 6%, and it covers pricing, marketing, negotiation and coordinating escrow start to finish.", "Our fee is 6% of the sale price, which includes photos, marketing, showings and managing escrow.", "It's 6% of the sale price, and that covers everything from photos to closing.", "The commission is 6%, which includes staging advice, marketing, negotiation and escrow coordination."]], [["La comisión es del 6% e incluye precio, mercadeo, negociación y el escrow."]], 0.4)];
}

/** Buyers ready to buy get listings on the cadence days and answer now and then. */
export function buyerUpdate(kind: number): Line[] {
  const alert = team([
    ["Hi {first}, [three|four|a few] new listings in {area} fit your range this week.", "A {beds}-bedroom home just came on near {street} at {listPrice}.", "{greeting} {first}, a price drop on a {beds}-bedroom in {area} puts it at {listPrice}.", "Hi {first}, a {beds}-bedroom in {area} listed at {listPrice} looks like a [good|strong] fit."],
    ["I sent the links by e-mail.", "Take a look when you have a minute.", "Happy to set up a tour if one stands out.", ""],
  ], [["Hola {first}, salieron casas nuevas en {area} dentro de su presupuesto."], ["Le mandé la información."]], 0.45, { gist: ["sent new listings that fit the search"] });
  if (kind === 0) return [alert];
  if (kind === 1) return [alert, client([["Thanks, we'll look tonight.", "Thanks, we'll take a look this weekend.", "Thanks, the second one looks interesting.", "Got them, we'll go through them tonight.", ""]], [["Gracias, las vemos en la noche.", ""]], 0.3, false)];
  return [alert, client([["Can we afford something closer to the top of our range?", "What would the monthly payment look like on that one?", "What would we pay a month on that one?", "How much would taxes and insurance add on that one?", ""]], [["¿Cuánto saldría el pago mensual?", ""]], 0.1),
    team([["I'll run the monthly numbers with taxes and insurance and send them over.", "Let me put the payment together with taxes, insurance and HOA so you can compare.", "Good question, I'll send a payment estimate [tonight|this afternoon] with taxes and insurance included.", "I'll ask the lender for a quick payment estimate on it and forward it to you.", "I'll price it out, principal, interest, taxes, insurance and HOA, and send it over.", "Let me run that with your lender's rate and get back to you [today|shortly]."]], [["Le preparo los números del pago mensual.", "Le mando un estimado del pago mensual hoy."]], 0.45, { email: true })];
}

/** A monthly market note once the cadence's ten attempts are over. */
export const MONTHLY: Line = team([
  ["Hi {first}, here's this month's market snapshot for {area}.", "{greeting} {first}, your monthly {city} market report is ready.", "Hi {first}, a quick look at how {area} did last month."],
  ["Prices held steady and homes sold in about four weeks.", "Inventory ticked up a little, which gives buyers more to choose from.", "The median sale price moved less than one percent."],
], [["Hola {first}, le comparto el reporte mensual del mercado en {area}."]], 0.35, { email: true, gist: ["sent the monthly market report"] });
