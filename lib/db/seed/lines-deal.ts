import { client, team, type Line } from "./phrases";

/** The steps of a contract, each dated from the purchase agreement's own deadlines. */
export type ContractStep = "opened" | "deposit" | "inspection" | "disclosures" | "appraisal" | "loan" | "closing";

/** What the team and the client say at each step of escrow. */
export function contractLines(step: ContractStep, buyer: boolean): Line[] {
  switch (step) {
    case "opened":
      return [team([["Congratulations, {first}, we're officially in escrow on {home}!", "Great news, {first}: the offer is accepted and escrow is open on {home}.", "{first}, it's official: we're in escrow on {home}.", "We're in escrow on {home}, {first}, congratulations!"], buyer ? ["The earnest money deposit is due {emd}; escrow will send wiring instructions, and please call them to verify before you wire.", "Your deposit is due by {emd}, and call escrow to confirm the wiring instructions before sending anything.", "Escrow will e-mail wiring instructions for the deposit due {emd}; always call escrow to verify them first.", "The deposit is due {emd}, and please verify any wiring instructions by phone with escrow before you send money."] : ["The buyer's deposit is due {emd}, and I'll keep you posted on every deadline.", "Next up is the buyer's deposit by {emd}, then inspections.", "First deadline is the buyer's deposit on {emd}; inspections follow.", "I'll track every deadline, starting with the buyer's deposit on {emd}."]],
        [["¡Felicidades, {first}! Ya estamos en escrow."], ["El depósito vence el {emdEs}; por favor llame a escrow para verificar antes de transferir."]], 0.75),
      client([["Thank you, what do we need to do next?", "So exciting, thank you!", "Amazing news, what happens now?", "Thank you so much, what's the next step?", "Wonderful, is there anything we need to sign?"]], [["¡Muchas gracias!", "¡Qué emoción! ¿Qué sigue?"]], 0.8),
      team([["Nothing you need to do today; I'll send each deadline as it comes up.", "For now just watch for the escrow e-mail, and I'll walk you through each step.", "Nothing [yet|today], escrow will send their opening package and I'll flag what needs a signature.", "You're all set for today; I'll let you know before each deadline."]], [["Por ahora nada; yo le aviso cada fecha.", "Por hoy nada, yo le aviso antes de cada fecha."]], 0.5)];
    case "deposit":
      return [team([["Quick reminder: the earnest money deposit is due {emd}.", "Escrow confirmed the deposit came in, thank you.", "[Heads up|Friendly reminder], the deposit is due {emd}.", "The deposit [landed|arrived] at escrow, so that deadline is covered.", "Escrow has the deposit, one deadline down.", ""]], [["Recordatorio: el depósito vence el {emdEs}.", "Escrow ya recibió el depósito.", ""]], 0.4, { by: "transaction_coordinator" })];
    case "inspection":
      return buyer
        ? [client([["Inspection report came back, there are a few items on the roof, what do you suggest?", "We got the inspection report, is the water heater issue a big deal?", "The inspector flagged the [electrical panel|HVAC|sprinklers], should we worry?", "Read the inspection report, what should we ask the sellers for?"]], [["Ya llegó el reporte de inspección, ¿qué nos recomienda?"]], -0.1),
          team([["Let's ask for a repair credit rather than repairs, and I'll draft the request today.", "It's common on homes this age; I'd ask the sellers for a credit and we can get a roofer's quote first.", "Nothing alarming; I'd get a contractor's estimate and ask for a credit in that amount.", "I'd ask for a credit rather than repairs so you control the work, and I'll draft it today."]], [["Le recomiendo pedir un crédito; preparo la solicitud hoy."]], 0.45, { by: "negotiation_expert" })]
        : [team([["The buyer's inspection is done and their agent sent a short repair request.", "We received the buyer's request for repairs after their inspection; it's reasonable.", "Inspections are done, and the buyer is asking for a [small credit|few repairs].", "The buyer's agent sent their repair request, [nothing unusual|mostly small items]."], ["Let's go over it today.", "I'll call you this afternoon to talk it through.", "I'll send it over with my suggestions.", ""]], [["Llegó la solicitud de reparaciones del comprador."]], 0.35, { by: "negotiation_expert" }),
          client([["Okay, call me after 5.", "Sure, send it over and I'll look tonight.", "Thanks, let's talk this afternoon.", "Okay, what would you counter with?", ""]], [["Está bien, le llamo en la tarde.", ""]], 0.2)];
    case "disclosures":
      return [team([["Escrow asked for the signed disclosure packet, and I'll send it for e-signature this afternoon.", "The seller disclosures are due {disclosures}; the packet is ready for signatures.", "The disclosure packet is in your inbox for e-signature, due {disclosures}.", "Disclosures are due {disclosures}, and I've sent the packet for signatures."]], [["Le mando los documentos para firmar hoy."]], 0.35, { by: "transaction_coordinator", email: true }),
        client([["Signed and sent back.", "Done, just signed everything.", "All signed, thanks for the reminder.", "Signed them this morning.", ""]], [["Ya los firmé.", ""]], 0.4)];
    case "appraisal":
      return [team([["The appraisal came in at value.", "Good news, the appraisal matched the contract price.", "Appraisal is back [at value|right at the contract price].", "{first}, the appraisal [came in at value|supports the price]."], ["Next up is the loan contingency on {loan}.", "The next deadline is loan contingency removal on {loan}.", "Loan contingency is the next date, {loan}.", ""]], [["El avalúo salió en el valor; lo siguiente es la contingencia del préstamo."]], 0.6, { by: "transaction_coordinator" })];
    case "loan":
      return buyer
        ? [client([["Is the loan on schedule? Getting a little nervous.", "Any word yet on the final loan approval?", "How's the loan looking, are we still on track?", "Have you heard anything about the loan this week?"]], [["¿Va todo bien con el préstamo? Estamos un poco nerviosos."]], -0.3),
          team([["Yes, the lender confirmed final approval is on track for {loan}.", "I just spoke with the lender, underwriting is done and docs go out this week.", "All on track: the lender expects final approval before {loan}.", "Yes, the file is with underwriting and nothing is outstanding."]], [["Sí, el prestamista confirmó que todo va a tiempo."]], 0.55, { by: "transaction_coordinator" })]
        : [team([["The buyer removed the loan contingency, so we're on track for closing on {close}.", "Loan contingency is removed and closing is set for {close}.", "The buyer's loan contingency is off, and we're on schedule for {close}.", "Another milestone: loan contingency removed, closing {close}."]], [["El comprador quitó la contingencia del préstamo."]], 0.6)];
    case "closing":
      return [team([["Everything is on track for closing on {close}.", "We're set to close on {close}, and I'll confirm the walkthrough time.", "Closing is set for {close} and escrow has everything it needs.", "{first}, we're on schedule to close {close}."]], [["Todo va bien para cerrar el {closeEs}."]], 0.6),
        client([["Thank you for staying on top of everything.", "Can't believe it's almost done, thank you.", "We're so ready, thanks for everything.", "Great, we'll be there.", ""]], [["Gracias por estar al pendiente de todo.", ""]], 0.8)];
  }
}

/** Closing day and the weeks after. */
export function closedLines(later: boolean): Line[] {
  if (later) {
    return [team([["Hope you're settling in well, {first}.", "Hi {first}, hope the move went smoothly.", "{greeting} {first}, how's the new place treating you?", "Hi {first}, hope the boxes are mostly unpacked."], ["If you have a minute, a short review would mean a lot to Jorge and the team.", "If you're happy with how it went, a quick review would mean a lot to us.", "[If you have a moment|When you get a chance], a review helps other families find us."]], [["Esperamos que estén muy contentos en su casa."]], 0.6),
      client([["Left a review, thanks again for everything.", "Done, thank you all so much.", "Happy to, just posted it.", "We love it here, review is up.", ""]], [["¡Muchas gracias por todo!", ""]], 0.85)];
  }
  return [team([["Congratulations on closing, {first}!", "It's official, {first}, you've closed!", "{first}, escrow just recorded, congratulations!", "Congratulations, {first}, it's done!"], ["It was a pleasure working with you.", "Thank you for trusting us with this.", "It was a [pleasure|privilege] to help.", "[Enjoy|Enjoy every minute of] the next chapter."]], [["¡Felicidades por su cierre, {first}!"]], 0.85),
    client([["Thank you so much, we love the house!", "Thank you for everything, we couldn't have done it without you.", "We're thrilled, thank you!", "Thank you, what a relief!", "Couldn't be happier, thank you all."]], [["¡Muchas gracias por todo!", "¡Gracias, estamos muy felices!"]], 0.9)];
}

/** The goodbye of a client who went another way. */
export function lostLines(reason: number): Line[] {
  const why = [
    ["We decided to stay put for now.", "We're going to wait until next year.", "We're holding off, the timing isn't right."],
    ["We went with another agent, thanks.", "We decided to work with a friend who's an agent.", "We signed with a different brokerage, sorry."],
    ["Not interested anymore, thanks.", "We changed our plans, thank you.", "Our plans changed, we're staying where we are."],
  ][reason % 3]!;
  return [team([["Hi {first}, are you still thinking about a move this year?", "Hi {first}, wanted to see where your plans landed.", "{greeting} {first}, checking whether a move is still on the table.", "Hi {first}, is the move still happening?"]], [["Hola {first}, ¿siguen pensando en mudarse?"]], 0.3),
    client([why], [["Por ahora vamos a esperar.", "Ya no, gracias."]], -0.2, false),
    team([["Understood, {first}, I'll close out your file for now.", "Thanks for letting me know, {first}, I wish you all the best.", "Thanks for telling me, {first}.", "Got it, {first}, thanks for the update."], ["If plans change, I'm here to help.", "If anything changes, just reach out.", ""]], [["Entendido, {first}; si sus planes cambian, aquí estamos."]], 0.3)];
}
