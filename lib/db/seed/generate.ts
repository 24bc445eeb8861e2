import { buildConversations } from "./ai-conversations";
import { buildQualificationAnswers } from "./answers";
import { buildAppointments } from "./appointments";
import { buildAssignmentEvents } from "./assignment-events";
import { buildAssignments } from "./assignments";
import { buildClients } from "./clients";
import { buildDisclosureExchanges } from "./disclosure";
import { buildHeldDrafts } from "./drafts";
import { buildEscalations } from "./escalations";
import { buildHandoffs } from "./handoffs";
import { buildInteractions } from "./interactions";
import { buildListings } from "./listings";
import { buildMarkets } from "./markets";
import { buildMilestones } from "./milestones";
import { buildOutbox } from "./outbox";
import { buildSeatNotices } from "./notices";
import { buildPerformance } from "./performance";
import { Prng } from "./prng";
import { buildRequests } from "./requests";
import { buildSeats } from "./seats";
import { buildAudit, buildOrganization } from "./settings";
import { buildTasks } from "./tasks";
import { timelinesByClient, type QuestionWalk } from "./timelines";
import { buildTransactions } from "./transactions";
import type { SeedContext, SeedData } from "./types";
import { buildVendors } from "./vendors";

/** The seed number used when none is given. */
export const DEFAULT_SEED = 20_260_101;
/** Clients in the default data set. */
export const DEFAULT_CLIENTS = 600;

export interface GenerateOptions {
  seed?: number;
  /** The "now" of the data set: every timestamp is placed relative to it. */
  asOf: Date;
  clients?: number;
}

function emptyData(): SeedData {
  return {
    organizations: [], users: [], rolePermissions: [], settings: [], markets: [], seats: [], seatMarkets: [], seatSkills: [], clients: [],
    clientRequests: [], transactions: [], assignments: [], interactions: [], tasks: [], handoffs: [], escalations: [], escalationNotes: [],
    qualityFindings: [], listings: [], serviceVendors: [], performanceSnapshots: [], auditLog: [], assignmentEvents: [], appointments: [], seatNotices: [],
    outboundMessages: [], qualificationAnswers: [], conversations: [],
    credentials: [],
  };
}

/** The outbox behind the timeline, the drafts the gate stopped, the AI seats' conversations and the answers they learned. */
function buildMessaging(ctx: SeedContext): void {
  const walks = new Map<string, QuestionWalk>();
  buildOutbox(ctx, timelinesByClient(ctx), walks);
  buildHeldDrafts(ctx);
  buildConversations(ctx, walks);
  buildQualificationAnswers(ctx, walks);
}

/**
 * Generates the demo organization's rows for every table. Pure: the same seed and asOf always
 * give deep-equal data; passwords stay plain in `credentials` for insertSeed to hash.
 */
export function generateSeed(options: GenerateOptions): SeedData {
  const asOf = options.asOf;
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) throw new Error("generateSeed needs a valid asOf date");
  const clientCount = options.clients ?? DEFAULT_CLIENTS;
  if (!Number.isInteger(clientCount) || clientCount < 0) throw new Error(`clients must be a whole number >= 0, got ${clientCount}`);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const root = new Prng(seed);
  const ctx: SeedContext = {
    seed, asOf: new Date(asOf.getTime()), clientCount, orgId: root.fork("organization").uuid(), rng: (label) => root.fork(label),
    data: emptyData(), markets: [], seats: [], jorgeUserId: "", load: new Map(), clients: [], externalIds: new Set(),
  };
  buildOrganization(ctx);
  buildMarkets(ctx);
  buildSeats(ctx);
  buildClients(ctx);
  buildMilestones(ctx);
  buildAssignments(ctx);
  const transactions = buildTransactions(ctx);
  buildAppointments(ctx, transactions);
  buildInteractions(ctx, transactions);
  buildEscalations(ctx);
  buildDisclosureExchanges(ctx);
  buildMessaging(ctx);
  buildRequests(ctx);
  buildHandoffs(ctx);
  buildTasks(ctx, transactions);
  buildAssignmentEvents(ctx);
  buildSeatNotices(ctx);
  buildListings(ctx);
  buildVendors(ctx);
  buildPerformance(ctx);
  buildAudit(ctx);
  return ctx.data;
}
