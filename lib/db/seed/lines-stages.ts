import type { AppointmentKind } from "../../domain/team/vocabulary";
import { client, team, type Line } from "./phrases";

/** When a seller turns hot: a note on the file and, once the call is made, its summary. */
export function hotNote(): Line {
  return { who: "note", en: [["Hot seller: all four answers in and 30-45 days works.", "{first} qualifies as hot: timeline confirmed, answers complete."], ["Call due within two hours.", "Calling within the two-hour window."]], mood: 0 };
}
export function hotCall(): Line {
  return { who: "call", en: [["Called {first} ({minutes} min): confirmed the timeline and walked through next steps.", "Called {first} ({minutes} min): went over the 30-45 day plan and what the walkthrough covers.", "Spoke with {first} by phone ({minutes} min): timeline confirmed, walkthrough next."]], mood: 0.5, outcome: "connected" };
}

const WHAT: Record<AppointmentKind, { en: string; es: string }> = {
  showing: { en: "the showing at {place}", es: "la visita a {place}" },
  listing_appointment: { en: "our walkthrough at {place}", es: "nuestra cita en {place}" },
  call: { en: "our call", es: "nuestra llamada" },
  meeting: { en: "the {meeting} at {place}", es: "la cita en {place}" },
};

/** The team books an appointment and the client confirms it. */
export function bookingLines(kind: AppointmentKind): Line[] {
  const what = WHAT[kind];
  return [
    team([[`You're confirmed for ${what.en} on {when}.`, `I've booked ${what.en} for {when}.`, `All set: ${what.en}, {when}.`, `Locking in ${what.en} for {when}.`, `${what.en[0]!.toUpperCase()}${what.en.slice(1)} is on the calendar for {when}.`, `{first}, ${what.en} is set for {when}.`], ["Reply here if anything changes.", "I'll send a reminder the day before.", "Just let me know if you need to move it.", ""]],
      [[`Le confirmo ${what.es} el {when}.`]], 0.55, { outcome: "appointment_set", gist: [`set ${what.en} for {when}`] }),
    client([["Perfect, see you then.", "Great, that works.", "Sounds good, thank you.", "Thanks, we'll be there.", "That works for us, thanks.", "Got it, see you there.", ""]], [["Perfecto, ahí nos vemos.", "Muy bien, gracias.", ""]], 0.5),
  ];
}

/** What the seat logs after an appointment, and the message that follows it. */
export function afterBooking(kind: AppointmentKind, status: string): Line[] {
  if (status === "cancelled") {
    return [client([["Something came up, can we cancel {day}'s appointment?", "Sorry, we have to cancel {day}, can we find another time?"]], [["Disculpe, ¿podemos cancelar la cita del {day}?"]], -0.1),
      team([["No problem, I've cancelled it and we'll find another time.", "Of course, it's cancelled, just send me a couple of times that work."]], [["Claro, ya la cancelé."]], 0.3)];
  }
  if (status === "no_show") {
    return [{ who: "note", en: [["{first} didn't make the {time} appointment; reached out to reschedule.", "No-show for the {time} appointment, will try {first} again tomorrow."]], mood: -0.2 },
      team([["Sorry we missed each other today, {first}.", "Hi {first}, we missed you at {time}, hope everything is okay."], ["Want to pick another time?", "Let me know a time that works better."]], [["Hola {first}, no nos pudimos ver hoy, ¿buscamos otra hora?"]], 0.2)];
  }
  const meeting: Record<AppointmentKind, Line> = {
    showing: { who: "meeting", en: [["Showed {place} to {first} ({length} min).", "Toured {place} with {first} ({length} min)."], ["{first} liked the layout and asked about the HOA.", "{first} wants to compare it with the others on the list.", "Kitchen was smaller than the photos suggested.", ""]], mood: 0.3 },
    listing_appointment: { who: "meeting", en: [["Walked {place} with {first} ({length} min) and went over pricing and prep.", "Listing appointment at {place} ({length} min): walked the home and reviewed recent sales."]], mood: 0.5 },
    call: { who: "meeting", en: [["Call with {first} ({length} min): went over the plan and next steps.", "Phone appointment with {first} ({length} min): questions answered, next step agreed."]], mood: 0.4 },
    meeting: { who: "meeting", en: [["{Meeting} at {place} ({length} min) with {first}.", "Met {first} at {place} for the {meeting} ({length} min)."]], mood: 0.4 },
  };
  const follow: Partial<Record<AppointmentKind, Line[]>> = {
    showing: [team([["What did you think of {place}?", "How did {place} feel compared to the others?", "Any first impressions of {place}?", "{first}, how did {place} compare to what you pictured?"]], [["¿Qué le pareció la casa de {place}?"]], 0.45),
      client([["We liked it, but the kitchen felt small.", "Loved the backyard, we'd like to think about it overnight.", "It's a maybe, the street was busier than we expected.", "Not for us, the layout felt choppy.", "We really liked it, can we see it again this weekend?", "The rooms felt smaller than we hoped.", "Great house, but it needs more work than we want.", ""]], [["Nos gustó, pero la cocina es chica.", "No nos convenció la distribución.", ""]], 0.3),
      team([["That's helpful, I'll keep that in mind as new homes come up.", "Makes sense, I'll line up a couple more to compare.", "Good to know, that narrows the search.", "Thanks, I'll use that to sharpen the list.", "Noted, I'll look for that in the next round."]], [["Entendido, le busco más opciones.", "Gracias, eso me ayuda a buscar mejor."]], 0.45)],
    listing_appointment: [team([["Thanks for your time today, {first}.", "Great meeting you today, {first}."], ["The comparable sales put the range around {estimate}, and I'll send the listing agreement tonight.", "Based on the recent sales the range lands around {estimate}; the summary and next steps are in your inbox."]], [["Gracias por su tiempo hoy, le mando el análisis de precio."]], 0.55, { email: true }),
      ...(status === "done_pushback"
        ? [client([["Can we list a bit higher than that?", "Is there room to start a little higher?"]], [["¿Podemos empezar un poco más alto?"]], 0.1),
          team([["We can start near the top of the range and watch the first weekend closely.", "Starting a little higher is fine; if showings are slow the first week, we adjust."]], [["Podemos empezar en lo alto del rango y ver cómo responde el mercado."]], 0.45)]
        : [client([["Thank you, that was really helpful.", "Thanks, we'll review it tonight."]], [["Gracias, nos ayudó mucho."]], 0.5)])],
  };
  return [meeting[kind], ...(follow[kind] ?? [])];
}

/** A seller's listing going live, its weekly feedback, and the offer that ends it. */
export function listedLaunch(): Line[] {
  return [team([["Your photos are in and the listing goes live {day}.", "The listing for {street} is live[| on the MLS] today.", "{street} is on the market as of today.", "We're live: {street} is on the MLS and the major sites."], ["I'll send showing feedback as it comes in.", "Open house is set for the weekend.", "Showings start tomorrow.", ""]], [["Su casa ya está publicada; le mando comentarios de las visitas."]], 0.55, { by: "marketing" })];
}
export function listedWeek(kind: number): Line[] {
  const feedback = team([
    ["Weekly update on {street}: [{showings} showings|{showings} groups through]", "Quick recap for {street}: {showings} showings this week", "This week at {street}: {showings} showings[| and {views} online views]", "{greeting} {first}, your weekly listing report: {showings} showings"],
    ["[and two agents asked for disclosures.|and one buyer asked for a second look.|and most liked the backyard and the location.|and the open house brought {views} visitors.|and buyers keep mentioning the kitchen.|and two parties asked about the HOA.]"],
  ], [["Esta semana hubo {showings} visitas a su casa[| y {views} vistas en línea]."]], 0.45, { email: true });
  if (kind === 0) return [feedback];
  return [feedback, client([["Any feedback on the price?", "Should we think about lowering the price?", "Are buyers saying anything about the price?", "Do you think we're priced right?", "[Hmm,|Okay,] what are the agents saying about the price?", "Is the price scaring people off?", "Should we be worried that nobody has made an offer yet?", "What do you think, hold the price or adjust it?"]], [["¿Qué dicen del precio?", "¿Cree que debemos bajar el precio?", "¿Los compradores qué opinan del precio?"]], -0.1),
    team([["Feedback on price has been fair; let's give it one more weekend before we talk about an adjustment.", "Most buyers see it as priced right, so I'd hold for now and revisit after next weekend.", "The agents' comments are mostly about [timing|condition], not price, so I'd hold for [now|another week].", "I'd give it [one more weekend|another week] at this price, then we can look at the numbers together.", "Nothing on price worries me yet; showings are steady and that usually comes before an offer."]], [["Por ahora el precio está bien, lo revisamos la próxima semana.", "Yo esperaría una semana más antes de ajustar el precio."]], 0.4)];
}
export function listedOffer(): Line[] {
  return [team([["We received an offer at {offer}.", "Good news, an offer came in at {offer}.", "{first}, we have an offer on {street} at {offer}.", "An offer just came in at {offer}."], ["I'd like to walk you through the terms before you decide.", "The terms are in your inbox, let's talk tonight.", "The buyer is pre-approved and wants to close in 30 days.", "Let's go over the terms and decide whether to counter."]], [["Recibimos una oferta de {offer}."]], 0.65, { by: "negotiation_expert", email: true }),
    client([["That's great news, thank you!", "Wow, let's talk tonight.", "Exciting, call me when you can.", "Great, what do you recommend?"]], [["¡Qué buena noticia!"]], 0.8)];
}
/** Tours requested for a buyer whose seat books them through the listing agents. */
export function toursRequested(): Line[] {
  return [team([["I've requested showings on three homes in {area} that fit your list.", "{greeting} {first}, I've asked the listing agents for tour times on the homes you liked.", "I've put in showing requests for [three|four] homes in {area}.", "Tour requests are out for the homes you picked in {area}."], ["I'll confirm the times as soon as they come back.", "You'll get a confirmation for each one.", "I'll text you as each one is confirmed.", ""]], [["Ya pedí citas para ver tres casas en {area}; le confirmo los horarios."]], 0.5),
    client([["Great, thank you!", "Perfect, weekends are best for us.", "Thanks, evenings work better for us.", "Sounds good, we're free most afternoons.", ""]], [["Perfecto, gracias.", ""]], 0.5)];
}

/** A renter hears about a home they can tour. */
export function renterTour(): Line[] {
  return [team([["Hi {first}, a {beds}-bedroom rental in {area} just opened up within your budget.", "{greeting} {first}, the owner of a {beds}-bedroom in {area} can show it this week."], ["Want me to set up a time to see it?", "Let me know which day works for a tour."]], [["Hola {first}, hay una casa de {beds} recámaras en renta en {area} dentro de su presupuesto."], ["¿Le gustaría verla esta semana?"]], 0.5),
    client([["Yes, any evening works for us.", "Yes please, Saturday morning would be ideal."]], [["Sí, el sábado en la mañana nos queda bien."]], 0.5),
    team([["I'll confirm a time with the owner and text you back today.", "Great, I'll check with the owner and send you the time."]], [["Perfecto, le confirmo la hora hoy."]], 0.5)];
}

export function buyerOffer(): Line[] {
  return [team([["The sellers have another offer, so if you'd like to move forward I'd suggest we talk strategy tonight.", "If you want to make an offer on {home}, I'll pull the recent sales so we can pick a number together.", "If {home} is the one, I can have an offer ready to sign [tonight|this afternoon].", "{home} is getting interest, so if you'd like to write an offer let's talk numbers today.", "Want to make an offer on {home}? I'll bring the comparable sales so we pick a strong number."]], [["Si quiere hacer una oferta, preparo los números hoy."]], 0.45, { by: "negotiation_expert" }),
    client([["Yes, let's write it up.", "Let's do it, what do you need from us?", "Yes, we're ready to make an offer.", "Let's go for it.", "We talked it over and want to offer."]], [["Sí, hagamos la oferta.", "Sí, estamos listos."]], 0.6)];
}
