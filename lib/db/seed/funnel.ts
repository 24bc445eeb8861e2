import { BUYER_STAGES, SELLER_STAGES, type ClientType, type Pipeline } from "../../domain/team/vocabulary";
import { addDays } from "./dates";
import type { Prng } from "./prng";
import { drawArrival } from "./working-hours";

type Funnel = readonly (readonly [string, number])[];

/** How clients spread over the seller pipeline: many early leads, fewer contracts and closings. */
const SELLER_FUNNEL: Funnel = [
  ["New Lead", 20], ["Qualifying", 17], ["Warm Seller", 11], ["Hot Seller", 6], ["Listing Appointment", 5],
  ["Listed", 7], ["Under Contract", 10], ["Closed", 15], ["Lost", 11],
];
const BUYER_FUNNEL: Funnel = [
  ["New Lead", 22], ["Qualifying", 19], ["Financially Ready", 14], ["Showing Scheduled", 9], ["Under Contract", 10], ["Closed", 15], ["Lost", 13],
];
const RENTER_FUNNEL: Funnel = [["New Lead", 40], ["Qualifying", 30], ["Showing Scheduled", 15], ["Lost", 15]];

/** The stages a pipeline moves through, without the two endings. */
export function stagePath(pipeline: Pipeline): readonly string[] {
  const stages: readonly string[] = pipeline === "seller" ? SELLER_STAGES : BUYER_STAGES;
  return stages.filter((s) => s !== "Closed" && s !== "Lost");
}

/** Draws a client type and the pipeline it runs in. */
export function drawType(rng: Prng): { type: ClientType; pipeline: Pipeline } {
  const type = rng.weighted<ClientType>([["buyer", 46], ["seller", 40], ["investor", 10], ["renter", 4]]);
  const pipeline: Pipeline = type === "seller" || (type === "investor" && rng.chance(0.2)) ? "seller" : "buyer";
  return { type, pipeline };
}

/** Draws the current stage for a client of this type and pipeline. */
export function drawStage(rng: Prng, type: ClientType, pipeline: Pipeline): string {
  if (type === "renter") return rng.weighted(RENTER_FUNNEL);
  return rng.weighted(pipeline === "seller" ? SELLER_FUNNEL : BUYER_FUNNEL);
}

/** For a lost client, the furthest stage reached before they dropped out. */
export function drawLostAt(rng: Prng, pipeline: Pipeline, type: ClientType): string {
  const path = stagePath(pipeline);
  const weights = [35, 35, 20, 7, 3, 2, 2].slice(0, path.length);
  const reachable = type === "renter" ? path.filter((s) => s !== "Under Contract") : path;
  return rng.weighted(reachable.map((s, i) => [s, s === "Under Contract" ? 3 : (weights[i] ?? 2)] as const));
}

/** The stages a client passed through, ending with the current one (Closed or Lost included). */
export function pathTo(pipeline: Pipeline, stage: string, lostAfter: string | null): string[] {
  const path = stagePath(pipeline);
  if (stage === "Lost") return [...path.slice(0, path.indexOf(lostAfter ?? "New Lead") + 1), "Lost"];
  if (stage === "Closed") return [...path, "Closed"];
  return path.slice(0, path.indexOf(stage) + 1);
}

export interface Timeline {
  createdAt: Date;
  endAt: Date;
  acceptanceAt: Date | null;
}

const AGE_DAYS: Record<string, readonly [number, number]> = {
  "New Lead": [0.01, 14], Qualifying: [2, 45], "Warm Seller": [10, 90], "Financially Ready": [10, 90], "Hot Seller": [7, 75],
  "Listing Appointment": [15, 100], Listed: [20, 130], "Showing Scheduled": [15, 120],
};

/** Share of new leads that arrived overnight or this morning, so the first morning has fresh ones. */
const FRESH_SHARE = 0.05;

/**
 * When the client arrived (weighted to weekday business hours, some evenings and weekends), when
 * their active life ends and, for contracts, when the offer was accepted.
 */
export function drawTimeline(rng: Prng, asOf: Date, stage: string, lostAfter: string | null): Timeline {
  const back = (from: Date, lo: number, hi: number) => drawArrival(rng, addDays(from, -hi), addDays(from, -lo));
  if (stage === "Under Contract") {
    const acceptanceAt = back(asOf, 1, 30);
    return { createdAt: back(acceptanceAt, 20, 150), endAt: asOf, acceptanceAt };
  }
  if (stage === "Closed") {
    const endAt = back(asOf, 2, 540);
    const acceptanceAt = addDays(endAt, -rng.int(30, 45));
    return { createdAt: back(acceptanceAt, 20, 150), endAt, acceptanceAt };
  }
  if (stage === "Lost") {
    const endAt = back(asOf, 1, 300);
    const acceptanceAt = lostAfter === "Under Contract" ? back(endAt, 5, 20) : null;
    return { createdAt: back(acceptanceAt ?? endAt, 5, 120), endAt, acceptanceAt };
  }
  if (stage === "New Lead" && rng.chance(FRESH_SHARE)) return { createdAt: back(asOf, 0.003, 0.66), endAt: asOf, acceptanceAt: null };
  const [lo, hi] = AGE_DAYS[stage] ?? [1, 60];
  return { createdAt: back(asOf, lo, hi), endAt: asOf, acceptanceAt: null };
}
