import type { ClientType, MarketType, Pipeline, PipelineStage, Presence, SeatKind, SeatRole, Temperature } from "../team/vocabulary";

/** A market as routing sees it: one active row of `markets`. */
export interface MarketRef {
  id: string;
  name: string;
  type: MarketType;
  zipCodes: readonly string[];
  medianPrice: number;
  /** City names inside the market besides its name; the parts of a name like "Upland & Ontario" count already. */
  cities?: readonly string[];
  /** False when no geographic agent serves the market, so the needs skip the geographic support. */
  hasGeographicAgent?: boolean;
}

/** What the coordinator knows about one client request. Only the client type is required. */
export interface RoutingRequest {
  clientType: ClientType;
  pipeline?: Pipeline | null;
  stage?: PipelineStage | null;
  /** Free text, such as the inbound SMS. */
  text?: string | null;
  postalCode?: string | null;
  city?: string | null;
  /** The client's language when known (ISO 639-1; "es-MX" reads as "es"). */
  language?: string | null;
  temperature?: Temperature | null;
  timelineDays?: number | null;
  priceExpectation?: number | null;
  budgetMax?: number | null;
  preApprovalAmount?: number | null;
  tags?: readonly string[];
  /** The client opted out of texts (clients.opted_out_at is set). */
  optedOut?: boolean;
  /** Seats already working the other side of this client's transaction. */
  otherSideSeatIds?: readonly string[];
  /** The transaction carries the dual-agency flag, so one seat may work both sides. */
  dualAgency?: boolean;
  /** The request arrived outside business hours in the client's time zone. */
  afterHours?: boolean;
  /** The client's satisfaction (0..1) with the seat serving them now, from the satisfaction monitor. */
  relationship?: { seatId: string; satisfaction: number } | null;
}

/** Things the needs analysis read from the request, each explained in `Needs.reasons`. */
export const NEED_FLAGS = [
  "also_buying",
  "also_selling",
  "under_contract",
  "negotiation",
  "valuation",
  "investment",
  "distress",
  "multiple_parties",
  "wants_person",
  "not_ready",
] as const;
export type NeedFlag = (typeof NEED_FLAGS)[number];

export type Urgency = "high" | "normal";

/** The outcome of the needs analysis: which roles the team needs, where, in what language, how fast. */
export interface Needs {
  leadRole: SeatRole;
  /** Distinct roles, never the lead role, in the order the team fills them. */
  supportRoles: SeatRole[];
  market: MarketRef | null;
  /** ISO 639-1 code, lowercase. */
  language: string;
  urgency: Urgency;
  urgencySignals: string[];
  flags: NeedFlag[];
  /** Human-readable reasons for every decision above, in the order they were taken. */
  reasons: string[];
}

/** A seat's results summed over recent performance snapshots. */
export interface SeatPerformance {
  clientsHandled: number;
  conversions: number;
  /** Mean satisfaction 0..1 over those clients, when known. */
  satisfaction?: number | null;
  /** Commission earned on those clients, in dollars. */
  commission?: number | null;
}

/** A seat offered to the coordinator, with its live load. */
export interface SeatCandidate {
  id: string;
  role: SeatRole;
  kind: SeatKind;
  /** Lowercase ISO 639-1 codes, as stored on the seat. */
  languages: readonly string[];
  capacity: number;
  /** Active assignments (offered or accepted) the seat holds now. */
  activeLoad: number;
  presence: Presence;
  /** Market ids the seat covers; empty means every market. */
  marketIds: readonly string[];
  /** Skill name -> proficiency 0..1. */
  skills: Readonly<Record<string, number>>;
  performance?: SeatPerformance | null;
}
