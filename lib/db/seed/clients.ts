import { chooseSeat, ownerRoles } from "./capacity";
import { addMinutes, minDate, TIME_ZONE } from "./dates";
import { drawLostAt, drawStage, drawTimeline, drawType, pathTo } from "./funnel";
import { clientEmail, clientPhone, personName, streetAddress } from "./people";
import type { Prng } from "./prng";
import { qualifyBuyer, qualifySeller } from "./qualification";
import type { MarketInfo, Medium, SeatInfo, SeedContext, WrittenChannel } from "./types";
import { laterWithin, TEXT_HOURS } from "./working-hours";

/** Where leads come from: the tag the CRM carries and the name the team uses. */
const SOURCES = [["web-lead", 30], ["zillow", 15], ["open-house", 10], ["referral", 15], ["past-client", 6], ["facebook-ad", 14], ["sign-call", 10]] as const;
const SOURCE_NAMES: Record<string, string> = {
  "web-lead": "Website", zillow: "Zillow", "open-house": "Open house", referral: "Referral", "past-client": "Past client", "facebook-ad": "Facebook ad", "sign-call": "Yard sign",
};
const ACTIVE = new Set(["Qualifying", "Warm Seller", "Hot Seller", "Listing Appointment", "Listed", "Financially Ready", "Showing Scheduled", "Under Contract"]);

function drawMarket(ctx: SeedContext, rng: Prng, investor: boolean): MarketInfo {
  return rng.weighted(ctx.markets.map((m) => [m, investor && m.type === "investment" ? 1.5 : m.leadShare] as const));
}

function pickOwner(ctx: SeedContext, rng: Prng, c: { pipeline: string; stage: string; lostAfter: string | null; marketId: string; language: string; personal: boolean }): SeatInfo | null {
  const active = ACTIVE.has(c.stage);
  const base = { marketId: c.marketId, language: c.language, active };
  if (c.personal) {
    const twin = ctx.seats.find((s) => s.role === "overseer" && s.kind === "ai");
    const jorge = chooseSeat(ctx, rng, { ...base, roles: ["overseer"], exclude: new Set(twin ? [twin.id] : []) });
    if (jorge) return jorge;
    const aiTwin = chooseSeat(ctx, rng, { ...base, roles: ["overseer"] });
    if (aiTwin) return aiTwin;
  }
  const roles = c.stage === "Lost" ? ownerRoles(c.pipeline, "Qualifying") : ownerRoles(c.pipeline, c.stage);
  return chooseSeat(ctx, rng, { ...base, roles });
}

/** Builds the clients across types, markets and pipeline stages, each active one owned by a seat with room. */
export function buildClients(ctx: SeedContext): void {
  const rng = ctx.rng("clients");
  const ghlIds = new Set<string>();
  for (let i = 0; i < ctx.clientCount; i++) {
    const id = rng.uuid();
    const { type, pipeline } = drawType(rng);
    const market = drawMarket(ctx, rng, type === "investor");
    const zip = rng.weighted(market.zips.map((z) => [z, z.weight] as const));
    const language = rng.weighted([["en", 77], ["es", 20], ["vi", 1], ["zh", 2]] as const);
    const name = personName(rng, language === "es");
    const personal = rng.chance(0.03);
    let stage = drawStage(rng, type, pipeline);
    let lostAfter = stage === "Lost" ? drawLostAt(rng, pipeline, type) : null;
    const owner = stage === "New Lead" ? null : pickOwner(ctx, rng, { pipeline, stage, lostAfter, marketId: market.id, language, personal });
    if (!owner) [stage, lostAfter] = ["New Lead", null];
    const timeline = drawTimeline(rng, ctx.asOf, stage, lostAfter);
    const path = pathTo(pipeline, stage, lostAfter);
    const reached = stage === "Lost" ? lostAfter! : stage;
    const street = streetAddress(rng, zip.streets);
    const address = `${street}, ${zip.city}, CA ${zip.zip}`;
    const zipMedian = market.medianPrice * zip.priceFactor;
    const knownAddress = pipeline === "seller" && rng.chance(stage === "New Lead" ? 0.7 : 1) ? address : null;
    const q = pipeline === "seller"
      ? qualifySeller(rng, reached, stage === "Lost", knownAddress, zipMedian)
      : qualifyBuyer(rng, reached, stage === "Lost", type === "seller" ? "buyer" : type, zipMedian);
    const lifeMinutes = (timeline.endAt.getTime() - timeline.createdAt.getTime()) / 60_000;
    const optedOut = (stage === "New Lead" || stage === "Qualifying" || stage === "Lost") && rng.chance(0.055) && lifeMinutes > 24 * 60;
    const optedOutAt = optedOut ? optOutMoment(rng, addMinutes(timeline.createdAt, 30 + rng.between(0.3, 0.9) * (lifeMinutes - 14 * 60)), timeline.endAt) : null;
    const hasEmail = rng.chance(0.92);
    const ghlContactId = rng.chance(0.9) ? uniqueToken(rng, ghlIds) : null;
    const phone = rng.chance(0.95) || (!hasEmail && !ghlContactId) ? clientPhone(i) : null;
    const email = hasEmail ? clientEmail(rng, name, i) : null;
    const source = rng.weighted(SOURCES);
    const tags: string[] = [type, source, q.temperature];
    if (language === "es") tags.push("spanish");
    if (personal) tags.push("jorge-personal");
    if (type === "buyer" && rng.chance(0.3)) tags.push("first-time-buyer");
    const dealPrice = timeline.acceptanceAt ? Math.round((q.priceExpectation ?? q.budgetMax ?? rng.lognormal(zipMedian, 0.15)) * rng.between(0.96, 1.02) / 1000) * 1000 : null;
    const endAt = optedOutAt ? addMinutes(optedOutAt, 2) : timeline.endAt;
    const reach = reachability(rng, { phone, email, optedOut });
    const row = {
      organizationId: ctx.orgId, id, firstName: name.firstName, lastName: name.lastName, email, phone, ghlContactId, type, pipeline, stage,
      marketId: market.id, propertyAddress: knownAddress ? street : null, city: zip.city, state: "CA", postalCode: zip.zip, leadSource: SOURCE_NAMES[source]!,
      customFields: ghlContactId ? { "Contact preference": reach.medium === "phone" ? "Phone call" : reach.medium === "sms" ? "Text" : "E-mail" } : {},
      budgetMin: q.budgetMin, budgetMax: q.budgetMax, priceExpectation: q.priceExpectation, preApproved: q.preApproved, preApprovalAmount: q.preApprovalAmount,
      timelineDays: q.timelineDays, temperature: q.temperature, leadScore: q.leadScore, qualification: q.qualification, tags,
      smsConsent: reach.smsConsent, emailConsent: reach.emailConsent, optedOutAt,
      language, timeZone: TIME_ZONE, ownerSeatId: owner?.id ?? null,
      satisfaction: stage === "Closed" ? Math.round(rng.between(0.7, 1) * 100) / 100 : null,
      createdAt: timeline.createdAt, updatedAt: timeline.createdAt,
    };
    ctx.data.clients.push(row);
    ctx.clients.push({
      id, row, market, zip, type, pipeline, stage, path, createdAt: timeline.createdAt, endAt, acceptanceAt: timeline.acceptanceAt,
      owner, handlers: [], supports: [], dealPrice, street, optedOut, requestId: rng.chance(0.45) ? rng.uuid() : null,
      source, medium: reach.medium, inquiryChannel: reach.inquiry, cadence: [], bookings: [], stageAt: {},
    });
  }
}

/** An opt-out is a reply to a text, so it lands in texting hours, unless that would pass the end of their active life. */
function optOutMoment(rng: Prng, drawn: Date, endAt: Date): Date {
  const awake = laterWithin(rng, drawn, 0, TEXT_HOURS, 180);
  return awake.getTime() < endAt.getTime() - 5 * 60_000 ? awake : minDate(drawn, addMinutes(endAt, -5));
}

/**
 * Consent and the channel the team writes on, so they agree: texts only with SMS consent (an
 * opted-out client had it until the opt-out), e-mail with e-mail consent, web chat or Facebook
 * when the client wrote there, and phone calls for everyone else.
 */
function reachability(rng: Prng, c: { phone: string | null; email: string | null; optedOut: boolean }): { smsConsent: boolean; emailConsent: boolean; medium: Medium; inquiry: WrittenChannel } {
  const texts = c.phone !== null && rng.chance(0.88);
  let emailConsent = c.email !== null && rng.chance(0.8);
  if (!c.phone && c.email) emailConsent = true;
  const inquiry = rng.weighted<WrittenChannel>([["sms", texts ? 55 : 0], ["email", c.email ? 25 : 0], ["chat", 12], ["social", 8]]);
  const medium: Medium = texts ? "sms" : emailConsent ? "email" : inquiry === "chat" || inquiry === "social" ? inquiry : c.phone ? "phone" : "email";
  return { smsConsent: texts && !c.optedOut, emailConsent: emailConsent || medium === "email", medium, inquiry };
}

function uniqueToken(rng: Prng, seen: Set<string>): string {
  for (;;) {
    const token = rng.token(20);
    if (!seen.has(token)) {
      seen.add(token);
      return token;
    }
  }
}
