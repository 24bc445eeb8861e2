import { client, team, type Line, type Part } from "./phrases";

/** Jorge's seller questions, in his order: the address first, then the four core questions. */
export const SELLER_TOPICS = ["address", "why", "timeline", "condition", "price"] as const;
export type SellerTopic = (typeof SELLER_TOPICS)[number];

/** How a seller says why they sell, by the reason their qualification holds. */
export const MOTIVE: Record<string, { en: Part; es: Part; gist: string }> = {
  "Relocating for work": { en: ["We're relocating for work[| this summer| later this year].", "I'm relocating for a new job[| and need to sell first]."], es: ["Nos mudamos por un trabajo nuevo."], gist: "relocating for work" },
  "Downsizing to a single-story home": { en: ["We're downsizing[| now that the kids are grown].", "We want a single-story home, the stairs are getting hard."], es: ["Queremos una casa de una sola planta."], gist: "downsizing to a single-story home" },
  "Moving closer to family": { en: ["We want to be closer to family.", "We're moving closer to the grandkids.", "We'd like to be closer to our kids[| and help with the grandbabies]."], es: ["Queremos estar cerca de la familia."], gist: "moving closer to family" },
  "Cashing out equity to buy out of state": { en: ["We'd like to cash out our equity and buy out of state.", "We have a lot of equity and want to buy somewhere more affordable out of state."], es: ["Queremos aprovechar el valor de la casa y comprar fuera del estado."], gist: "cashing out equity to buy out of state" },
  "Inherited the home": { en: ["We inherited the house from my mom and none of us plan to live in it.", "I inherited my dad's house and it's been sitting empty."], es: ["Heredamos la casa de mi mamá y nadie la va a vivir."], gist: "selling an inherited home" },
  Retiring: { en: ["We're retiring and want something easier to keep up.", "I'm retiring next year and it's time for a change."], es: ["Nos vamos a jubilar y queremos algo más sencillo."], gist: "retiring" },
  "Job transfer": { en: ["My company is transferring me[| in a couple of months].", "I'm being transferred[| to another office]."], es: ["Me transfieren en el trabajo."], gist: "being transferred" },
  "Need more space": { en: ["We've outgrown the house.", "We need more space for the family.", "We need more room, we're expecting our second baby."], es: ["Necesitamos más espacio."], gist: "needing more space" },
};

const WHERE: Part = ["We'd be moving to {where}.", "We're heading to {where}[| after the sale].", "The plan is to move to {where}.", "Most likely we'll move to {where}.", "We're [probably |]moving to {where}.", "We'll be heading to {where}[| once it sells]."];

/** The team's question for each topic, and a few words for the call log. */
export const SELLER_ASK: Record<SellerTopic, { en: Part; es: Part; gist: Part }> = {
  address: { en: ["What's the address of the home you'd like to sell?", "Could you send me the address so I can pull the recent sales around it?", "Which property is it, could you share the address?", "[What's|Could I get] the [property|home's] address so I can [run the numbers|pull comparable sales]?", "To start, what's the address of the [home|house]?"], es: ["¿Me podría compartir la dirección de la casa?"], gist: ["asked for the property address"] },
  why: { en: ["What has you thinking about selling[| right now| this year]?", "Can I ask what's behind the move[| and where you're headed]?", "What's prompting the sale, and where are you hoping to move?", "If you don't mind me asking, what's behind the sale?", "[To start,|First,] what has you thinking about selling?", "What's behind the move, [if you don't mind sharing|if you're comfortable sharing]?"], es: ["¿Qué le hace pensar en vender?", "¿A dónde piensan mudarse?"], gist: ["asked what's behind the move"] },
  timeline: { en: ["Would a sale in the next 30-45 days work with your plans?", "Is a 30-45 day timeline realistic for you, or is there a date you're working around?", "If the right buyer came along, would closing in 30-45 days work for you?", "[How would|Would] a 30-45 day [close|closing] [fit|work] with your move?", "Timing-wise, could a sale in 30-45 days work, or do you need longer?", "Most of our sales close in 30-45 days; [would that work for you|does that fit your plans]?"], es: ["¿Le funcionaría vender en los próximos 30 a 45 días?"], gist: ["asked whether a 30-45 day sale works"] },
  condition: { en: ["Is the home move-in ready, or are there projects you'd want to mention up front?", "How would you describe the condition, move-in ready or in need of some updates?", "Are there any repairs or projects a buyer should know about?", "[What's the condition like|How's the home's condition], [move-in ready|ready to go] or a few projects?", "Has the home been updated, or would it need some repairs before listing?"], es: ["¿La casa está lista para mudarse o necesita arreglos?"], gist: ["asked about the home's condition"] },
  price: { en: ["What price would feel good to you?", "Do you have a number in mind that would make the move worth it?", "What price would make this work for you, roughly?", "[Last question:|One more question:] what price would feel good to you?", "[Roughly|Ballpark], what price would make the move worth it?", "Do you have a number in mind [that would let you walk away happy|for the sale]?"], es: ["¿Qué precio le parecería justo?"], gist: ["asked what price would feel good"] },
};

const CONDITION: Record<string, { en: Part; es: Part; gist: string }> = {
  move_in_ready: { en: ["It's move-in ready, we updated the kitchen a few years ago.", "It's in great shape and move-in ready.", "Move-in ready, we [just |]updated the [floors|bathrooms] too.", "It's updated and move-in ready[| for the most part]."], es: ["Está en buenas condiciones, lista para vivir."], gist: "said it's move-in ready" },
  minor_updates: { en: ["Mostly move-in ready, it could use fresh paint and new carpet.", "It needs a few updates, mainly paint and carpet.", "Pretty good shape, [just |]needs paint and [some |]new carpet.", "A few cosmetic things, paint and carpet mostly."], es: ["Está en buenas condiciones, solo falta pintar."], gist: "said it needs paint and carpet" },
  needs_work: { en: ["It needs some work, the bathrooms and roof are original.", "Honestly it needs work, nothing has been updated in a while.", "It needs some work, [the kitchen|the bathrooms] [is|are] original[| and dated].", "It needs work, we never got around to the projects."], es: ["Necesita arreglos, los baños son originales."], gist: "said it needs some work" },
  fixer: { en: ["It's a fixer, it hasn't been updated since we bought it.", "Pretty much a fixer, everything is original.", "[Honestly|To be honest] it's a fixer.", "It's a fixer, [it needs everything|nothing has been touched in years]."], es: ["Necesita arreglos, todo es original."], gist: "called it a fixer" },
};

/** A seller's answer to a topic, from their qualification. */
export function sellerAnswer(topic: SellerTopic, q: Record<string, unknown>): Line {
  if (topic === "why") {
    const m = MOTIVE[String(q.whySelling)] ?? MOTIVE["Need more space"]!;
    const where = q.whySelling === "Inherited the home" ? [] : [WHERE];
    return client([m.en, ...where], [m.es, ...(where.length ? [["Nos vamos a {where}."]] : [])], 0.35, true, { gist: [`{first} is ${m.gist}${where.length ? ", moving to {where}" : ""}`] });
  }
  if (topic === "timeline") {
    return q.timeline30to45Ok
      ? client([["30-45 days could work[ if we can find a rental nearby| for us| if the new place is ready].", "Yes, 30-45 days works for us[| just fine].", "That timing works, 30 to 45 days is fine.", "[Sure|Yes], we could be out in 30-45 days.", "30 to 45 days [sounds about right|is what we were hoping for]."]], [["Sí, 30 a 45 días nos funciona."]], 0.45, true, { gist: ["{first} said 30-45 days works"] })
      : client([["That's a little too fast for us, we're thinking {timeline}.", "30-45 days is too soon, more like {timeline}.", "We'd need more time, probably {timeline}.", "[Honestly|Realistically] we're looking at {timeline}, not 30-45 days.", "Not that fast, we'd want {timeline}."]], [["Es muy pronto para nosotros, más bien en {timelineEs}."]], 0.1, true, { gist: ["{first} needs more like {timeline}"] });
  }
  if (topic === "condition") {
    const cond = CONDITION[String(q.condition)] ?? CONDITION.minor_updates!;
    return client([cond.en], [cond.es], 0.3, true, { gist: [`{first} ${cond.gist}`] });
  }
  return client([["Somewhere around {ask} would feel good.", "Honestly around {ask} would make it worth it for us.", "We were hoping for about {ask}.", "If we could get close to {ask}, we'd be happy.", "[Something like|About] {ask} [would work for us|is our number].", "We'd feel good at {ask}[| or close to it]."]], [["Algo cerca de {ask} nos parecería bien."]], 0.35, true, { gist: ["{first} would be happy around {ask}"] });
}

/** Opens each variant with a hello: "Hi, we stopped by ..." ("I" keeps its capital). */
export function greeted(part: Part): Part {
  return part.map((v) => `[Hi|Hello|Hi there], ${/^I\b/.test(v) ? v : v[0]!.toLowerCase() + v.slice(1)}`);
}

/** The seller's first message, by how the lead came in; it names the address when the profile has it. */
export function sellerInquiry(source: string, knowsAddress: boolean, motive: Part | null): Line {
  const about: Record<string, Part> = {
    zillow: ["I just requested a home value estimate for {street}.", "I filled out the home value form for my place on {street}."],
    "web-lead": ["I filled out the home value form for {street}.", "Saw your website and I'm curious what my home on {street} is worth."],
    "sign-call": ["I saw one of your signs in {area} and I'm thinking about selling my place on {street}."],
    "open-house": ["We stopped by your open house last weekend and it got us thinking about selling our place on {street}."],
    referral: ["A neighbor recommended you, we're thinking about selling our home on {street}."],
    "past-client": ["You helped us buy our house on {street} a few years ago and we're thinking about selling it now."],
    "facebook-ad": ["I saw your ad about home values in {city}, we own a home on {street}."],
  };
  const opener: Part = knowsAddress ? about[source] ?? about["web-lead"]! : ["We're thinking about selling our home in {city} this year.", "Thinking about selling my house in {area}, where do I even start?"];
  const ask: Part = ["What are homes going for right now?", "Could you tell me what it might be worth?", "What would the process look like?", ""];
  const es: Part = knowsAddress ? ["Hola, estamos pensando en vender nuestra casa en {street}."] : ["Hola, estamos pensando en vender nuestra casa en {city}."];
  return client([greeted(opener), ...(motive ? [motive] : []), ask], [es, ["¿Cuánto valen las casas ahorita?", "¿Nos puede dar informes?"]], 0.3, true);
}

/** How a seat introduces itself in a first reply. */
export const HELLO: Part = [
  "Hi {first}, this is {agent} with Jorge Salas Real Estate[| in Rancho Cucamonga].", "Hi {first}, {agent} here from Jorge Salas's team[| in Rancho Cucamonga].",
  "{greeting} {first}, it's {agent} on Jorge Salas's team.", "{greeting} {first}, this is {agent} [from|with] Jorge Salas Real Estate.",
  "Hello {first}, this is {agent}, I work with Jorge Salas[ in Rancho Cucamonga| on his team].", "Thanks for writing in, {first}, this is {agent} with Jorge Salas Real Estate.",
  "Hi {first}, thanks for [reaching out|getting in touch], I'm {agent} with Jorge Salas's team.", "{greeting} {first}, {agent} [here|writing] from Jorge Salas Real Estate.",
];
export const HELLO_ES: Part = [
  "Hola {first}, soy {agent} del equipo de Jorge Salas[| en Rancho Cucamonga].", "{greeting} {first}, le saluda {agent} del equipo de Jorge Salas.",
  "{greeting} {first}, soy {agent} de Jorge Salas Real Estate.", "Hola {first}, gracias por escribirnos, soy {agent} del equipo de Jorge Salas.",
];

/** How the team opens the first reply to a seller; the address is named only when the seller gave it. */
export function sellerWelcome(knowsAddress: boolean): readonly Part[] {
  const about: Part = knowsAddress
    ? ["Thanks for reaching out about {street}.", "Happy to help you get a clear picture of what {street} is worth.", "I can put together recent sales near {street} for you.", "I'd be glad to put together a value range for you.", "[Happy|Glad] to [help|walk you through it].", ""]
    : ["I'd be glad to put together a value range for you.", "Thanks for your note, I can walk you through the process and the numbers.", "[Happy|Glad] to [help|walk you through it].", "Happy to help you get a clear picture of what your home is worth.", ""];
  return [HELLO, about];
}
export const SELLER_WELCOME_ES: readonly Part[] = [
  HELLO_ES,
  ["Gracias por escribirnos sobre su casa.", "Con gusto le preparo un estimado del valor de su casa.", "[Con gusto|Claro que sí] le ayudo.", ""],
];

/** After all four answers: the walkthrough for a hot seller, a value range and patience for the others. */
export function sellerWrap(hot: boolean): Line[] {
  if (!hot) return [team([ACK, ["I'll put together a value range for {street} and check back as your timing firms up.", "I'll send a few recent sales near {street} so you can see where things stand."]], [ACK_ES, ["Le preparo un estimado y le escribo cuando tenga más claro su tiempo."]])];
  return [
    team([ACK, ["Based on everything you've shared, the next step would be a walkthrough so we can talk pricing.", "With that timeline, I'd love to see the home in person and go over a pricing plan.", "You're in a strong spot, so let's walk the home and put a plan together."]], [ACK_ES, ["El siguiente paso sería ver la casa y platicar del precio."]], 0.6, { gist: ["offered a walkthrough to go over pricing"] }),
    client([["That works for us.", "Sounds good, let's set it up.", "Yes, we're ready to move forward."]], [["Sí, nos parece bien."]], 0.6, true, { gist: ["{first} is ready to move forward"] }),
  ];
}

/** Short thanks the team opens an answer with. */
export const ACK: Part = ["Thanks, {first}.", "Got it, thank you.", "That helps a lot.", "Good to know.", "Thank you, that makes sense.", "I appreciate you sharing that.", "That's helpful, {first}.", "Thanks for letting me know."];
export const ACK_ES: Part = ["Gracias, {first}.", "Entendido, gracias.", "Muy bien, gracias."];
