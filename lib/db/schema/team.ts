import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { PRESENCE, SEAT_KINDS, SEAT_ROLES } from "../../domain/team/vocabulary";
import { at, createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { markets, organizations, users } from "./organization";

/** One place on Jorge's team, held by an AI agent or a human team member. */
export const seats = pgTable(
  "seats",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    role: text("role").notNull(),
    languages: text("languages").array().notNull().default(sql`'{en}'::text[]`),
    capacity: integer("capacity").notNull(),
    presence: text("presence").notNull().default("available"),
    userId: uuid("user_id"),
    bio: text("bio"),
    /** Set when Jorge pauses the seat over its quality: a paused AI seat sends nothing. */
    pausedAt: at("paused_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique("seats_org_user").on(t.organizationId, t.userId),
    orgRef("seats_user_fk", t.userId, users, t.organizationId),
    index("seats_role").on(t.organizationId, t.role),
    check("seats_kind_ck", oneOf(t.kind, SEAT_KINDS)),
    check("seats_role_ck", oneOf(t.role, SEAT_ROLES)),
    check("seats_presence_ck", oneOf(t.presence, PRESENCE)),
    check("seats_capacity_ck", sql`${t.capacity} between 0 and 10000`),
    check("seats_has_language_ck", sql`cardinality(${t.languages}) > 0`),
    check("seats_human_has_user_ck", sql`${t.kind} = 'human' or ${t.userId} is null`),
  ],
);

export const seatMarkets = pgTable(
  "seat_markets",
  {
    organizationId: organizationId(),
    seatId: uuid("seat_id").notNull(),
    marketId: uuid("market_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.seatId, t.marketId] }),
    orgRef("seat_markets_seat_fk", t.seatId, seats, t.organizationId).onDelete("cascade"),
    orgRef("seat_markets_market_fk", t.marketId, markets, t.organizationId),
    index("seat_markets_market").on(t.organizationId, t.marketId),
  ],
);

export const seatSkills = pgTable(
  "seat_skills",
  {
    organizationId: organizationId(),
    seatId: uuid("seat_id").notNull(),
    skill: text("skill").notNull(),
    proficiency: doublePrecision("proficiency").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.seatId, t.skill] }),
    orgRef("seat_skills_seat_fk", t.seatId, seats, t.organizationId).onDelete("cascade"),
    check("seat_skills_proficiency_ck", sql`${t.proficiency} between 0 and 1`),
    check("seat_skills_name_ck", sql`length(${t.skill}) between 1 and 80`),
  ],
);
