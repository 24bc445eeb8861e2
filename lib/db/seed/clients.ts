import { chooseSeat, ownerRoles } from "./capacity";
import { addMinutes, TIME_ZONE } from "./dates";
import { drawLostAt, drawStage, drawTimeline, drawType, pathTo } from "./funnel";
import { clientEmail, clientPhone, personName, streetAddress } from "./people";
import type { Prng } from "./prng";
import { qualifyBuyer, qualifySeller } from "./qualification";
import type { MarketInfo, SeatInfo, SeedContext } from "./types";

const SOURCES = [["web-lead", 30], ["zillow", 15], ["open-house", 10], ["referral", 15], ["past-client", 6], ["facebook-ad", 14], ["sign-call", 10]] as const;
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
    const optedOut = (stage === "New Lead" || stage === "Qualifying" || stage === "Lost") && rng.chance(0.055);
    const lifeMinutes = (timeline.endAt.getTime() - timeline.createdAt.getTime()) / 60_000;
    const optedOutAt = optedOut ? addMinutes(timeline.createdAt, 1 + rng.between(0.3, 0.95) * Math.max(0, lifeMinutes - 4)) : null;
    const hasEmail = rng.chance(0.92);
    const ghlContactId = rng.chance(0.9) ? uniqueToken(rng, ghlIds) : null;
    const phone = rng.chance(0.95) || (!hasEmail && !ghlContactId) ? clientPhone(i) : null;
    const email = hasEmail ? clientEmail(rng, name, i) : null;
    const tags: string[] = [type, rng.weighted(SOURCES), q.temperature];
    if (language === "es") tags.push("spanish");
    if (personal) tags.push("jorge-personal");
    if (type === "buyer" && rng.chance(0.3)) tags.push("first-time-buyer");
    const dealPrice = timeline.acceptanceAt ? Math.round((q.priceExpectation ?? q.budgetMax ?? rng.lognormal(zipMedian, 0.15)) * rng.between(0.96, 1.02) / 1000) * 1000 : null;
    const endAt = optedOutAt ? addMinutes(optedOutAt, 2) : timeline.endAt;
    const row = {
      organizationId: ctx.orgId, id, firstName: name.firstName, lastName: name.lastName, email, phone, ghlContactId, type, pipeline, stage,
      marketId: market.id, propertyAddress: knownAddress, postalCode: zip.zip,
      budgetMin: q.budgetMin, budgetMax: q.budgetMax, priceExpectation: q.priceExpectation, preApproved: q.preApproved, preApprovalAmount: q.preApprovalAmount,
      timelineDays: q.timelineDays, temperature: q.temperature, leadScore: q.leadScore, qualification: q.qualification, tags,
      smsConsent: phone !== null && !optedOut && rng.chance(0.88), emailConsent: email !== null && rng.chance(0.8), optedOutAt,
      language, timeZone: TIME_ZONE, ownerSeatId: owner?.id ?? null,
      satisfaction: stage === "Closed" ? Math.round(rng.between(0.7, 1) * 100) / 100 : null,
      createdAt: timeline.createdAt, updatedAt: endAt,
    };
    ctx.data.clients.push(row);
    ctx.clients.push({
      id, row, market, zip, type, pipeline, stage, path, createdAt: timeline.createdAt, endAt, acceptanceAt: timeline.acceptanceAt,
      owner, handlers: [], supports: [], dealPrice, street, optedOut, requestId: rng.chance(0.45) ? rng.uuid() : null,
    });
  }
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
