import type { ClientType, Pipeline, SeatRole } from "../../domain/team/vocabulary";
import type { Prng } from "./prng";

export type { AppointmentRow, ClientRow, InteractionRow, SeedCredential, SeedData } from "./seed-data";
import type { AppointmentRow, ClientRow, InteractionRow, SeedData } from "./seed-data";

/** A channel a client and the team write on. */
export type WrittenChannel = "sms" | "email" | "chat" | "social";
/** How the team reaches a client: in writing on one channel, or by phone when nothing written is allowed. */
export type Medium = WrittenChannel | "phone";

/** One attempt of Jorge's follow-up cadence: when it was due and when the seat made it (null: not yet, or missed). */
export interface CadenceAttempt {
  attempt: number;
  dueAt: Date;
  doneAt: Date | null;
  /** The message or call that made the attempt. */
  row?: InteractionRow;
}

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
  /** The lead source tag ("zillow", "referral", ...). */
  source: string;
  medium: Medium;
  /** Where the first message came in. */
  inquiryChannel: WrittenChannel;
  /** The follow-up attempts the conversation made, for the tasks that record them. */
  cadence: CadenceAttempt[];
  /** When the client entered each stage of their path. */
  stageAt: Record<string, Date>;
  /** The client's appointments, in start order. */
  bookings: AppointmentRow[];
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
