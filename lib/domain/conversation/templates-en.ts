/**
 * The AI seats' English replies in Jorge's tone: friendly and consultative, never pushy, no
 * emojis, one question each, each under the 320-character SMS line. Keys are in templates.ts.
 */
export const ENGLISH_TEMPLATES: Readonly<Record<string, string>> = {
  "first_touch.seller": "Hi {{firstName}}, this is the automated assistant for Jorge Salas's team in Rancho Cucamonga. Thanks for reaching out about selling your home; a few quick questions will help the team give you the best advice.",
  "first_touch.buyer": "Hi {{firstName}}, this is the automated assistant for Jorge Salas's team in Rancho Cucamonga. Thanks for reaching out about buying a home; a few quick questions will help the team find the right fit for you.",
  "ask.address": "To start, what is the address of the home you are thinking of selling?",
  "ask.motivation": "Thank you. What has you thinking about selling, and where are you hoping to move next?",
  "ask.timeline": "That helps. Would a sale in the next 30-45 days work for you, or would a later date suit you better?",
  "ask.condition": "How would you describe the home today: move-in ready, or does it need some work?",
  "ask.price": "Last one for now: what price would feel good to you for the home? A rough number is perfectly fine.",
  "ask.budget": "To start, what price range feels comfortable for your next home?",
  "ask.pre_approval": "Thank you. Have you been pre-approved by a lender yet? If not, that is no problem; the team can recommend a good one.",
  "ask.bedrooms": "Good to know. How many bedrooms do you need, and is a yard a must for you?",
  "ask.move_in": "Last one for now: when would you ideally like to move in?",
  disclosure: "Good question. I'm the automated assistant for Jorge Salas's real estate team. If you would like a person at any point, just say so.",
  opt_out_confirmation: "You won't get more texts from us. Reply START to opt back in.",
  opt_in_confirmation: "Thank you, you will get texts from Jorge Salas's team again. Reply STOP at any time to opt out.",
  handoff_to_person: "Thank you, {{firstName}}, that is really helpful. {{seatFirstName}} from Jorge's team will call you within 2 hours to talk through your next steps.",
  handoff_to_team: "Thank you, {{firstName}}, that is really helpful. Someone from Jorge's team will call you within 2 hours to talk through your next steps.",
  escalated_to_person: "Thank you for letting me know. I am passing this to a person on Jorge Salas's team, and they will reach out to you shortly.",
  qualified_close: "Thank you, {{firstName}}, that covers everything I needed. Someone from Jorge Salas's team will follow up with you soon, and you can text here anytime.",
  "email_subject.first_touch": "Thanks for reaching out to Jorge Salas's team",
  "email_subject.handoff": "Your next steps with Jorge Salas's team",
};
