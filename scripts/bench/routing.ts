/**
 * Times formTeam over 1,000 synthetic seats for 10,000 synthetic requests and prints p50 and p99
 * in microseconds, next to a baseline measured in the same run (sorting 1,000 numbers) so results
 * compare across machines. Run: npx tsx scripts/bench/routing.ts
 */
import { performance } from "node:perf_hooks";
import { formTeam, ROLE_SKILL_NEEDS, type MarketRef, type RoutingRequest, type SeatCandidate } from "../../lib/domain/routing";
import { CLIENT_TYPES, PRESENCE, SEAT_ROLES, TEMPERATURES } from "../../lib/domain/team/vocabulary";

const SEATS = 1_000;
const REQUESTS = 10_000;
const WARMUP = 1_000;

/** mulberry32: a small seeded generator, so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20260214);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const markets: MarketRef[] = [
  { id: "m-rc", name: "Rancho Cucamonga", type: "primary", zipCodes: ["91701", "91730", "91737", "91739"], medianPrice: 850_000 },
  { id: "m-uo", name: "Upland & Ontario", type: "adjacent", zipCodes: ["91784", "91786", "91761", "91762", "91764"], medianPrice: 760_000 },
  { id: "m-fo", name: "Fontana", type: "investment", zipCodes: ["92335", "92336", "92337"], medianPrice: 640_000 },
  { id: "m-ch", name: "Chino Hills", type: "luxury", zipCodes: ["91709"], medianPrice: 1_250_000 },
  { id: "m-ev", name: "Eastvale", type: "emerging", zipCodes: ["92880"], medianPrice: 800_000 },
];

function makeSeat(i: number): SeatCandidate {
  const role = i === 0 ? "overseer" : pick(SEAT_ROLES.filter((r) => r !== "overseer"));
  const skills: Record<string, number> = {};
  for (const { skill } of ROLE_SKILL_NEEDS[role]) if (random() < 0.9) skills[skill] = Math.round(random() * 100) / 100;
  if (random() < 0.3) skills.spanish_outreach = random();
  if (random() < 0.2) skills.luxury_marketing = random();
  const handled = Math.floor(random() * 60);
  const capacity = 10 + Math.floor(random() * 110);
  return {
    id: `seat-${String(i).padStart(4, "0")}`, role, kind: random() < 0.8 ? "ai" : "human",
    languages: random() < 0.4 ? ["en", "es"] : ["en"], capacity, activeLoad: Math.floor(random() * capacity * 1.05),
    presence: random() < 0.85 ? "available" : pick(PRESENCE), marketIds: random() < 0.2 ? [] : markets.filter(() => random() < 0.4).map((m) => m.id),
    skills, performance: { clientsHandled: handled, conversions: Math.floor(handled * random() * 0.4), satisfaction: 0.6 + random() * 0.4, commission: Math.floor(random() * 400_000) },
  };
}

const TEXTS = [
  "I need to sell my house asap, we are relocating this month",
  "Quiero vender mi casa en Fontana lo antes posible",
  "We got multiple offers, should we counter offer?",
  "What is my home worth? Also looking to buy something bigger",
  "We are in escrow and the appraisal contingency is coming up",
  "Looking for a rental property with good cash flow",
  "Hi, can I talk to a real person about selling? My brother and I inherited the house",
  "Just looking for now, no rush",
  "",
];
function makeRequest(): RoutingRequest {
  const type = pick(CLIENT_TYPES);
  return {
    clientType: type, pipeline: type === "seller" ? "seller" : "buyer", text: pick(TEXTS), postalCode: pick(markets).zipCodes[0],
    temperature: pick(TEMPERATURES), timelineDays: random() < 0.5 ? Math.floor(random() * 120) : null,
    priceExpectation: type === "seller" && random() < 0.5 ? 200_000 + Math.floor(random() * 1_500_000) : null,
    budgetMax: type === "buyer" && random() < 0.3 ? 150_000 + Math.floor(random() * 1_000_000) : null,
    optedOut: random() < 0.05, afterHours: random() < 0.3, otherSideSeatIds: random() < 0.1 ? ["seat-0001"] : [],
  };
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const seats = Array.from({ length: SEATS }, (_, i) => makeSeat(i));
const requests = Array.from({ length: REQUESTS }, makeRequest);
const options = { markets, overseerSeatId: "seat-0000" };
// A priority threshold above every deal, so most requests exercise the full lead search too.
const noPersonal = { ...options, priority: { personalHandlingCommission: Number.POSITIVE_INFINITY } };

let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += formTeam(requests[i]!, seats, undefined, i % 2 ? options : noPersonal).supports.length;
const times = new Float64Array(REQUESTS);
for (let i = 0; i < REQUESTS; i++) {
  const start = performance.now();
  sink += formTeam(requests[i]!, seats, undefined, i % 2 ? options : noPersonal).supports.length;
  times[i] = (performance.now() - start) * 1000;
}
times.sort();

const numbers = Array.from({ length: 1_000 }, () => random());
const baseline = new Float64Array(2_000);
for (let i = 0; i < baseline.length; i++) {
  const copy = numbers.slice();
  const start = performance.now();
  copy.sort((a, b) => a - b);
  baseline[i] = (performance.now() - start) * 1000;
  sink += copy[0]!;
}
baseline.sort();

const fmt = (n: number) => n.toFixed(1).padStart(8);
console.log(`formTeam, ${SEATS} seats, ${REQUESTS} requests (half with Jorge's personal handling off)`);
console.log(`  p50 ${fmt(percentile(times, 0.5))} µs   p99 ${fmt(percentile(times, 0.99))} µs   max ${fmt(times[times.length - 1]!)} µs`);
console.log(`baseline: sort 1,000 numbers`);
console.log(`  p50 ${fmt(percentile(baseline, 0.5))} µs   p99 ${fmt(percentile(baseline, 0.99))} µs`);
console.log(`formTeam p50 = ${(percentile(times, 0.5) / percentile(baseline, 0.5)).toFixed(1)} x baseline p50 ${sink > 0 ? "" : " "}`);
