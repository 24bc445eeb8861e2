/** The rows the seed generates, one list per table. */
import type * as schema from "../schema";

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
  appointments: Rows<typeof schema.appointments>;
  seatNotices: Rows<typeof schema.seatNotices>;
  outboundMessages: Rows<typeof schema.outboundMessages>;
  qualificationAnswers: Rows<typeof schema.qualificationAnswers>;
  conversations: Rows<typeof schema.conversations>;
  credentials: SeedCredential[];
}

export type ClientRow = SeedData["clients"][number];
export type InteractionRow = SeedData["interactions"][number];
export type AppointmentRow = SeedData["appointments"][number];
