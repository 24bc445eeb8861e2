/**
 * Message bodies in Jorge's voice: friendly, consultative, never pushy, no emojis. Each entry is
 * [direction, sentiment, text, productive]; {slots} are filled per client.
 */
export type Template = readonly [dir: "in" | "out", sentiment: number, text: string, productive?: boolean];
/** Templates grouped by message phase. */
export type Pools = Record<string, readonly Template[]>;

/** English templates by phase. */
export const EN: Pools = {
  "seller.new": [
    ["in", 0.3, "Hi, I saw your sign on {street}. Thinking about selling my place in {city}, what are homes going for right now?", true],
    ["in", 0.3, "Hello, I filled out the home value form. Curious what my house on {street} could sell for.", true],
    ["in", 0.2, "We might sell this year. Can someone tell me what the process looks like?", true],
    ["out", 0.5, "Hi {first}, this is {agent} with Jorge Salas Real Estate. Thanks for reaching out about {street}. Happy to help you get a clear picture of its value. What has you thinking about selling?"],
    ["out", 0.5, "Hi {first}, {agent} here from Jorge Salas's team. I'd be glad to put together a value range for your home in {city}. Is {street} the right address?"],
  ],
  nurture: [
    ["out", 0.4, "Hi {first}, just following up on your note. Happy to answer any questions whenever it suits you."],
    ["out", 0.4, "Hi {first}, checking in. Would a quick 10-minute call this week be helpful?"],
    ["out", 0.3, "No rush at all, {first}. When is a good time to connect?"],
    ["in", 0.2, "Sorry, busy week. Can you call me Thursday afternoon?", true],
    ["in", 0.3, "Yes, a call would be good.", true],
    ["in", 0, "Still thinking about it.", false],
  ],
  "seller.qualifying": [
    ["out", 0.4, "Thanks, {first}. Would a sale in the next 30-45 days work with your plans, or is there a date you're working around?"],
    ["out", 0.4, "That helps a lot. Is the home move-in ready, or are there a few projects you'd want to mention up front?"],
    ["out", 0.4, "Good to know. What price would feel good to you? No pressure, it just helps me frame the numbers honestly."],
    ["out", 0.4, "Totally understand. Where are you hoping to move once the home sells?"],
    ["in", 0.4, "We're moving closer to family, so the sooner the better.", true],
    ["in", 0.3, "30-45 days could work if we can find a rental nearby.", true],
    ["in", 0.2, "It's mostly move-in ready. Kitchen is original though.", true],
    ["in", 0.3, "Honestly somewhere around {price} would make it worth it for us.", true],
    ["in", 0, "Not sure yet, still talking it over at home.", false],
    ["in", -0.1, "Can you just send me a number?", false],
  ],
  "seller.warm": [
    ["out", 0.4, "Hi {first}, a home near {street} closed this month at {price}. Want me to send the details and what it means for yours?"],
    ["out", 0.4, "Hi {first}, checking in. No rush on our side; when the timing feels right, I can walk you through a net sheet so you know what you'd walk away with."],
    ["out", 0.3, "Quick update for {city}: inventory is still tight and well-priced homes are going pending in about three weeks. Happy to talk whenever it's useful."],
    ["in", 0.2, "Thanks, that's helpful. We're still deciding on timing.", false],
    ["in", 0.4, "Yes please send them.", true],
    ["in", 0, "What would your commission be?", true],
  ],
  "seller.hot": [
    ["out", 0.6, "Great talking with you, {first}. I can come by {day} at {time} to walk the home and go over pricing. Does that work?"],
    ["out", 0.6, "Jorge would like to meet you personally. Would {day} at {time} work for a 45-minute visit at {street}?"],
    ["in", 0.6, "{day} works. See you then.", true],
    ["in", 0.7, "Yes, we're ready to move forward. What do you need from us?", true],
  ],
  "seller.appointment": [
    ["out", 0.5, "Looking forward to {day}, {first}. I'll bring a pricing analysis with recent sales near {street} and a prep checklist."],
    ["out", 0.4, "Here's the comparable sales summary we discussed. The range lands around {price}; let's talk through where you'd like to list."],
    ["out", 0.6, "Thanks for your time today. I'll send the listing agreement and a marketing timeline tonight."],
    ["in", 0.6, "Thank you, that was really helpful. We'll review tonight.", true],
    ["in", 0, "Can we list a bit higher than that?", true],
  ],
  "seller.listed": [
    ["out", 0.5, "Your photos are in and the listing goes live {day}. I'll send showing feedback as it comes in."],
    ["out", 0.6, "We had 9 showings this weekend and two parties asked for disclosures. I'll keep you posted."],
    ["out", 0.5, "We received an offer at {price}. I'd like to walk you through the terms before you decide."],
    ["in", 0.8, "That's great news, thank you!", true],
    ["in", 0.3, "Any feedback from the open house?", true],
    ["in", -0.2, "Should we lower the price?", true],
  ],
  "buyer.new": [
    ["in", 0.3, "Hi, I'm interested in homes in {city} around {price}. Can you help?", true],
    ["in", 0.3, "Saw a listing on {street}. Is it still available?", true],
    ["in", 0.2, "We're first-time buyers and don't know where to start.", true],
    ["out", 0.5, "Hi {first}, this is {agent} with Jorge Salas Real Estate. Happy to help you find the right home in {city}. What price range are you comfortable with?"],
    ["out", 0.5, "Thanks for reaching out, {first}. That home is still active. Have you had a chance to talk with a lender yet?"],
  ],
  "buyer.qualifying": [
    ["out", 0.4, "Have you been pre-approved yet? If not, I can connect you with a couple of local lenders who close on time."],
    ["out", 0.4, "How many bedrooms do you need, and is a yard a must-have?"],
    ["out", 0.4, "When are you hoping to be moved in? That helps me plan how we search."],
    ["in", 0.5, "We're pre-approved up to {price}.", true],
    ["in", 0.4, "At least {beds} bedrooms and a yard for the dog.", true],
    ["in", 0.3, "Ideally before the school year starts.", true],
    ["in", 0, "Still shopping lenders.", false],
    ["in", -0.1, "Not sure yet.", false],
  ],
  "buyer.ready": [
    ["out", 0.5, "Here are four homes in {city} that fit your range and {beds} bedrooms. Want to see any of them this weekend?"],
    ["out", 0.5, "A new listing just came on near {street}, priced at {price}. It looks like a strong fit. Want me to set up a showing?"],
    ["in", 0.6, "The second one looks great. Can we see it Saturday?", true],
    ["in", 0.1, "Can we afford something closer to the top of our range?", true],
  ],
  "buyer.showing": [
    ["out", 0.5, "You're confirmed for {day} at {time}. I'll meet you at the front door."],
    ["out", 0.5, "What did you think of the homes today? Happy to run numbers on the one you liked."],
    ["out", 0.3, "The sellers have two other offers. If you want to move forward, I'd suggest we talk strategy tonight."],
    ["in", 0.7, "Loved the one on {street}. What should we offer?", true],
    ["in", -0.2, "None of them felt right. The kitchens were too small.", true],
    ["in", 0.4, "Can we do a second showing?", true],
  ],
  contract: [
    ["out", 0.7, "Congratulations, {first}! We're in escrow. Earnest money is due {day}; escrow will send wiring instructions, and please call them to verify before you wire."],
    ["out", 0.3, "Reminder: the investigation contingency ends {day}. Let me know if you'd like a repair request before then."],
    ["out", 0.6, "The appraisal came in at value. Next up is loan contingency removal."],
    ["out", 0.3, "Escrow asked for a signed disclosure packet. I'll send it for e-signature this afternoon."],
    ["out", 0.6, "Everything is on track for closing. Final walkthrough is set for {day} at {time}."],
    ["in", -0.1, "Inspection report came back. A few items on the roof, what do you suggest?", true],
    ["in", 0.4, "Signed and sent back.", true],
    ["in", -0.3, "Is the loan on schedule? Getting nervous.", true],
    ["in", 0.8, "Thank you for staying on top of everything.", true],
  ],
  closed: [
    ["out", 0.8, "Congratulations on closing, {first}! It was a pleasure working with you. Keys are ready for pickup."],
    ["out", 0.6, "Hope you're settling in well. If you have a minute, a short review would mean a lot to Jorge and the team."],
    ["in", 0.9, "Thank you so much! We love the house.", true],
    ["in", 0.8, "Left a review. Thanks again for everything.", true],
  ],
  lost: [
    ["out", 0.3, "Understood, {first}. I'll close out your file for now. If plans change, I'm here to help."],
    ["out", 0.2, "Hi {first}, just checking in. Are you still thinking about a move this year?"],
    ["in", -0.1, "We decided to stay put for now.", false],
    ["in", -0.3, "We went with another agent, thanks.", false],
    ["in", -0.4, "Not interested anymore.", false],
  ],
};

/** What a call or voicemail was about, per phase. */
export const TOPICS: Record<string, readonly string[]> = {
  seller: ["recent sales near {street} and timing", "estimated net proceeds", "whether a 30-45 day timeline works", "prep and staging before listing", "pricing strategy"],
  buyer: ["budget and pre-approval", "neighborhoods in {city}", "offer strategy", "what to look for at showings"],
  contract: ["inspection findings", "appraisal and loan status", "closing costs and the walkthrough", "contingency removal"],
  closed: ["a post-close check-in", "an updated home value"],
  lost: ["whether plans have changed"],
};

/** Internal notes a seat leaves on a client. */
export const NOTES: readonly string[] = [
  "{first} prefers texts after 5pm.",
  "{first} mentioned a possible job change; follow up in two weeks.",
  "Co-owner wants to be on the next call.",
  "Sent the pricing draft to Jorge for review.",
  "Verified phone and e-mail against the CRM contact.",
  "{first} asked that we not call before 10am.",
  "Good rapport. Next step agreed on the call.",
];
