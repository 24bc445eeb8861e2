import type * as schema from "../schema";
import type { ClientType, Pipeline, SeatRole } from "../../domain/team/vocabulary";
import type { Prng } from "./prng";

type Rows<T extends { $inferInsert: unknown }> = T["$inferInsert"][];

/** A sign-in the seed creates; insertSeed hashes the password into the user's row. */
export interface SeedCredential {
  userId: string;
  email: string;
  password: string;
}

/** Plain rows for every table, ready to insert; same seed and asOf give deep-equal data. */
export interface SeedData {
  organizations: Rows<typeof schema.organizations>;
  users: Rows<typeof schema.users>;
  rolePermissions: Rows<typeof schema.rolePermissions>;
  settings: Rows<typeof schema.settings>;
  markets: Rows<typeof schema.markets>;
  seats: Rows<typeof schema.seats>;
  seatMarkets: Rows<typeof schema.seatMarkets>;
  seatSkills: Rows<typeof schema.seatSkills>;
  clients: Rows<typeof schema.clients>;
  clientRequests: Rows<typeof schema.clientRequests>;
  transactions: Rows<typeof schema.transactions>;
  assignments: Rows<typeof schema.assignments>;
  assignmentEvents: Rows<typeof schema.assignmentEvents>;
  interactions: Rows<typeof schema.interactions>;
  tasks: Rows<typeof schema.tasks>;
  handoffs: Rows<typeof schema.handoffs>;
  escalations: Rows<typeof schema.escalations>;
  escalationNotes: Rows<typeof schema.escalationNotes>;
  qualityFindings: Rows<typeof schema.qualityFindings>;
  listings: Rows<typeof schema.listings>;
  serviceVendors: Rows<typeof schema.serviceVendors>;
  performanceSnapshots: Rows<typeof schema.performanceSnapshots>;
  auditLog: Rows<typeof schema.auditLog>;
  credentials: SeedCredential[];
}

export type ClientRow = SeedData["clients"][number];
export type InteractionRow = SeedData["interactions"][number];

export interface ZipInfo {
  zip: string;
  city: string;
  latitude: number;
  longitude: number;
  /** Share of the market's sales and leads in this ZIP. */
  weight: number;
  /** This ZIP's price level relative to the market median. */
  priceFactor: number;
  streets: readonly string[];
}

export interface MarketInfo {
  id: string;
  slug: string;
  name: string;
  type: string;
  medianPrice: number;
  pricePerSqft: number;
  monthlySales: number;
  yearBuilt: readonly [number, number];
  /** Share of the business's leads that come from this market. */
  leadShare: number;
  zips: ZipInfo[];
}

export interface SeatInfo {
  id: string;
  name: string;
  /** How the seat signs its messages. */
  signature: string;
  kind: "ai" | "human";
  role: SeatRole;
  languages: readonly string[];
  capacity: number;
  presence: string;
  userId: string | null;
  marketIds: ReadonlySet<string>;
  skills: ReadonlyMap<string, number>;
}

/** A period during which one seat handled a client. */
export interface Handler {
  seat: SeatInfo;
  from: Date;
}

/** What later sections need to know about a generated client. */
export interface ClientInfo {
  id: string;
  row: ClientRow;
  market: MarketInfo;
  zip: ZipInfo;
  type: ClientType;
  pipeline: Pipeline;
  stage: string;
  /** Stages the client moved through, ending with the current one (Closed or Lost included). */
  path: readonly string[];
  createdAt: Date;
  /** The end of the client's active life: asOf, the close date or the day they were lost. */
  endAt: Date;
  acceptanceAt: Date | null;
  owner: SeatInfo | null;
  handlers: Handler[];
  /** Seats added to help the lead seat. */
  supports: Handler[];
  /** A deal price for clients that reached a contract. */
  dealPrice: number | null;
  street: string;
  optedOut: boolean;
  /** Set for clients who arrived through a recorded request. */
  requestId: string | null;
}

export interface SeedContext {
  seed: number;
  asOf: Date;
  clientCount: number;
  orgId: string;
  /** An independent random stream for one section of the data. */
  rng(label: string): Prng;
  data: SeedData;
  markets: MarketInfo[];
  seats: SeatInfo[];
  jorgeUserId: string;
  /** Active (offered or accepted) assignments per seat id. */
  load: Map<string, number>;
  clients: ClientInfo[];
  /** Message ids already used, so every external id stays unique. */
  externalIds: Set<string>;
}
