import type { Presence, SeatRole } from "../../domain/team/vocabulary";
import { DEMO_PASSWORDS, JORGE, TEAM_MEMBERS, VIEWER, type SeatPlan } from "./accounts";
import { addDays, ORGANIZATION_AGE_DAYS } from "./dates";
import type { SeatInfo, SeedContext } from "./types";

const ALL = "all" as const;
const RC = "rancho-cucamonga", UO = "upland-ontario", FO = "fontana", CH = "chino-hills", EV = "eastvale";

type AiPlan = readonly [persona: string, role: SeatRole, markets: readonly string[] | "all", capacity: number, languages: readonly string[], presence?: Presence];

/** The AI seats: the overseer's twin, specialists, one geographic agent per market, support. */
const AI_ROSTER: readonly AiPlan[] = [
  ["Jorge's AI twin", "overseer", ALL, 120, ["en", "es"]],
  ["Ava", "listing_specialist", [RC, UO], 110, ["en", "es"]],
  ["Lena", "listing_specialist", [FO, EV, RC], 90, ["en"]],
  ["Marco", "listing_specialist", [CH, RC], 70, ["en", "es"]],
  ["Noah", "buyer_specialist", [RC, UO], 120, ["en", "es"]],
  ["Iris", "buyer_specialist", [FO, EV, UO], 100, ["en"]],
  ["Theo", "buyer_specialist", [CH, EV, RC], 80, ["en"]],
  ["Quinn", "market_analyst", [RC, UO, FO], 80, ["en"]],
  ["Sage", "market_analyst", [CH, EV], 60, ["en"]],
  ["Ezra", "market_analyst", ALL, 100, ["en", "es"]],
  ["Rhea", "negotiation_expert", [RC, UO, CH], 60, ["en"]],
  ["Dominic", "negotiation_expert", [FO, EV, RC], 60, ["en", "es"]],
  ["Vera", "negotiation_expert", ALL, 50, ["en"]],
  ["Tess", "transaction_coordinator", ALL, 120, ["en", "es"]],
  ["Owen", "transaction_coordinator", [RC, UO], 90, ["en"]],
  ["Nadia", "transaction_coordinator", [FO, EV, CH], 90, ["en"]],
  ["Rafa", "geographic", [RC], 80, ["en", "es"]],
  ["Uma", "geographic", [UO], 60, ["en", "es"]],
  ["Finn", "geographic", [FO], 60, ["en"]],
  ["Celine", "geographic", [CH], 40, ["en", "zh"]],
  ["Eli", "geographic", [EV], 40, ["en"]],
  ["Ada", "administrative", ALL, 120, ["en"]],
  ["Miles", "administrative", ALL, 100, ["en"], "offline"],
  ["Paz", "follow_up", ALL, 120, ["en", "es"]],
  ["Jonah", "follow_up", ALL, 120, ["en"]],
  ["Kit", "follow_up", ALL, 100, ["en"]],
  ["Mae", "marketing", ALL, 60, ["en"]],
  ["Rio", "marketing", ALL, 60, ["en", "es"]],
  ["Atlas", "analytics", ALL, 40, ["en"]],
  ["Nova", "analytics", ALL, 40, ["en"]],
];

const ROLE_SKILLS: Record<SeatRole, readonly string[]> = {
  overseer: ["pricing_strategy", "seller_objection_handling", "negotiation", "luxury_marketing"],
  listing_specialist: ["pricing_strategy", "seller_objection_handling", "listing_marketing", "cma_analysis"],
  buyer_specialist: ["buyer_consultation", "financing_coordination", "showing_coordination"],
  market_analyst: ["cma_analysis", "market_reporting", "investment_analysis", "pricing_strategy"],
  negotiation_expert: ["negotiation", "seller_objection_handling", "contract_management"],
  transaction_coordinator: ["contract_management", "deadline_tracking", "financing_coordination", "document_prep"],
  geographic: ["local_knowledge", "vendor_coordination", "pricing_strategy"],
  administrative: ["document_prep", "scheduling"],
  follow_up: ["lead_nurturing", "scheduling"],
  marketing: ["listing_marketing", "luxury_marketing", "social_media"],
  analytics: ["market_reporting", "forecasting"],
};

/** A placeholder stored until insertSeed replaces it with a real bcrypt hash. */
export const UNHASHED_PASSWORD = "!unhashed";

/** Creates the user rows and their credentials; returns each person's user id by e-mail. */
export function buildUsers(ctx: SeedContext): Map<string, string> {
  const rng = ctx.rng("users");
  const ids = new Map<string, string>();
  for (const person of [JORGE, ...TEAM_MEMBERS, VIEWER]) {
    const id = rng.uuid();
    ids.set(person.email, id);
    ctx.data.users.push({
      organizationId: ctx.orgId, id, email: person.email, name: person.name, passwordHash: UNHASHED_PASSWORD, role: person.role,
      disabledAt: null, createdAt: addDays(ctx.asOf, -rng.int(760, ORGANIZATION_AGE_DAYS)),
    });
    ctx.data.credentials.push({ userId: id, email: person.email, password: DEMO_PASSWORDS[person.role] });
  }
  ctx.jorgeUserId = ids.get(JORGE.email)!;
  return ids;
}

const ROLE_LABEL = (role: SeatRole) => role.replace(/_/g, " ");

/** Creates users, then every seat with its markets and skills; fills ctx.seats. */
export function buildSeats(ctx: SeedContext): void {
  const userIds = buildUsers(ctx);
  const rng = ctx.rng("seats");
  const add = (name: string, signature: string, kind: "ai" | "human", plan: SeatPlan, userId: string | null) => {
    const id = rng.uuid();
    const slugs = plan.markets === ALL ? ctx.markets.map((m) => m.slug) : plan.markets;
    const marketIds = new Set(ctx.markets.filter((m) => slugs.includes(m.slug)).map((m) => m.id));
    const skills = new Map<string, number>();
    const level = () => Math.round(rng.between(kind === "human" ? 0.65 : 0.6, 0.97) * 100) / 100;
    for (const skill of ROLE_SKILLS[plan.role]) skills.set(skill, level());
    if (plan.languages.includes("es")) skills.set("spanish_outreach", level());
    if (slugs.includes(CH) && plan.role !== "transaction_coordinator") skills.set("luxury_marketing", level());
    if (slugs.includes(FO) && ["buyer_specialist", "listing_specialist", "geographic"].includes(plan.role)) skills.set("investment_analysis", level());
    const seat: SeatInfo = { id, name, signature, kind, role: plan.role, languages: plan.languages, capacity: plan.capacity, presence: plan.presence, userId, marketIds, skills };
    ctx.seats.push(seat);
    ctx.data.seats.push({
      organizationId: ctx.orgId, id, name, kind, role: plan.role, languages: [...plan.languages], capacity: plan.capacity, presence: plan.presence,
      userId, bio: plan.bio, createdAt: addDays(ctx.asOf, -rng.int(760, ORGANIZATION_AGE_DAYS - 5)),
    });
    for (const marketId of marketIds) ctx.data.seatMarkets.push({ organizationId: ctx.orgId, seatId: id, marketId });
    for (const [skill, proficiency] of skills) ctx.data.seatSkills.push({ organizationId: ctx.orgId, seatId: id, skill, proficiency });
  };

  add(JORGE.name, "Jorge", "human", JORGE.seat!, userIds.get(JORGE.email)!);
  for (const [persona, role, markets, capacity, languages, presence] of AI_ROSTER) {
    const areas = markets === ALL ? "every market" : ctx.markets.filter((m) => markets.includes(m.slug)).map((m) => m.name).join(", ");
    const name = role === "overseer" ? persona : `${persona} (AI)`;
    const bio = role === "overseer" ? "Answers in Jorge's voice when he is busy and hands anything sensitive to him." : `AI ${ROLE_LABEL(role)} for ${areas}.`;
    add(name, role === "overseer" ? "Jorge's assistant" : persona, "ai", { role, markets, capacity, languages, presence: presence ?? "available", bio }, null);
  }
  for (const member of TEAM_MEMBERS) add(member.name, member.name.split(" ")[0]!, "human", member.seat!, userIds.get(member.email)!);
}

/** Seats of the given roles that cover a market. */
export function seatsFor(ctx: SeedContext, roles: readonly SeatRole[], marketId: string): SeatInfo[] {
  return ctx.seats.filter((s) => roles.includes(s.role) && s.marketIds.has(marketId));
}

/** A seat by role, for support work that is not tied to one market. */
export function firstSeat(ctx: SeedContext, role: SeatRole, language?: string): SeatInfo {
  const found = ctx.seats.find((s) => s.role === role && s.presence !== "offline" && (!language || s.languages.includes(language)));
  const seat = found ?? ctx.seats.find((s) => s.role === role);
  if (!seat) throw new Error(`no seat with role ${role}`);
  return seat;
}
