import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { MARKET_TYPES, USER_ROLES } from "../../domain/team/vocabulary";
import { API_TOKEN_SCOPES } from "../../domain/auth/token-scopes";
import { at, createdAt, id, oneOf, organizationId, orgRef } from "./columns";

export const organizations = pgTable(
  "organizations",
  {
    id: id().primaryKey(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    ghlLocationIds: text("ghl_location_ids").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [check("organizations_slug_format_ck", sql`${t.slug} ~ '^[a-z0-9-]{2,64}$'`)],
);

export const markets = pgTable(
  "markets",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    type: text("type").notNull(),
    zipCodes: text("zip_codes").array().notNull(),
    county: text("county").notNull(),
    timeZone: text("time_zone").notNull().default("America/Los_Angeles"),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    medianPrice: doublePrecision("median_price").notNull(),
    /** Place names clients use for this market (neighborhoods, the city itself), editable by the overseer. */
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique("markets_org_slug").on(t.organizationId, t.slug),
    check("markets_type_ck", oneOf(t.type, MARKET_TYPES)),
    check("markets_has_zip_ck", sql`cardinality(${t.zipCodes}) > 0`),
    check("markets_lat_ck", sql`${t.latitude} between -90 and 90`),
    check("markets_lng_ck", sql`${t.longitude} between -180 and 180`),
    check("markets_median_ck", sql`${t.medianPrice} > 0`),
  ],
);

export const users = pgTable(
  "users",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").notNull(),
    disabledAt: at("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("users_org_email").on(t.organizationId, sql`lower(${t.email})`),
    index("users_email").on(sql`lower(${t.email})`),
    check("users_role_ck", oneOf(t.role, USER_ROLES)),
    check("users_email_format_ck", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`),
  ],
);

/** Which role may do what: kept as rows so a team can tune it without a release. */
export const rolePermissions = pgTable(
  "role_permissions",
  {
    organizationId: organizationId().references(() => organizations.id),
    role: text("role").notNull(),
    permission: text("permission").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.role, t.permission] }), check("role_permissions_role_ck", oneOf(t.role, USER_ROLES))],
);

export const settings = pgTable(
  "settings",
  {
    organizationId: organizationId().references(() => organizations.id),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
    /** What the token may call; tokens made before scopes existed keep the two doors they had. */
    scopes: text("scopes").array().notNull().default(sql`'{requests,conflicts}'::text[]`),
    expiresAt: at("expires_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique("api_tokens_hash").on(t.organizationId, t.tokenHash),
    index("api_tokens_lookup").on(t.tokenHash),
    check("api_tokens_scopes_ck", sql`cardinality(${t.scopes}) > 0 and ${t.scopes} <@ array[${sql.raw(API_TOKEN_SCOPES.map((s) => `'${s}'`).join(", "))}]::text[]`),
  ],
);

/**
 * One row per sign-in. The session cookie names its row, and every request checks the row is
 * still live, so signing out, a password change or disabling a user ends a session at once.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    userId: uuid("user_id").notNull(),
    createdAt: createdAt(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    revokedAt: at("revoked_at"),
    revokedReason: text("revoked_reason"),
    userAgent: text("user_agent"),
    address: text("address"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("user_sessions_user_fk", t.userId, users, t.organizationId),
    index("user_sessions_user").on(t.organizationId, t.userId, t.revokedAt),
    check("user_sessions_reason_ck", sql`${t.revokedReason} is null or ${t.revokedReason} in ('signed_out', 'signed_out_everywhere', 'password_changed', 'user_disabled')`),
  ],
);

/** Failed sign-in counters (per account and per address), kept by rate-limiter-flexible on PostgreSQL. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: at("expire"),
});

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    at: at("at").notNull().defaultNow(),
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    data: jsonb("data").notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("audit_log_entity").on(t.organizationId, t.entityType, t.entityId, t.at),
    index("audit_log_at").on(t.organizationId, t.at),
    check("audit_log_actor_ck", oneOf(t.actorType, ["user", "seat", "system", "api", "webhook"])),
  ],
);
