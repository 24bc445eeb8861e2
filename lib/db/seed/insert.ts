import bcrypt from "bcryptjs";
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../client";
import * as schema from "../schema";
import type { SeedData } from "./types";

/** bcrypt cost for seeded passwords. */
export const PASSWORD_COST = 10;

/** Rows per insert statement; each statement binds a single JSON parameter. */
const ROWS_PER_STATEMENT = 2_000;

type TableKey = Exclude<keyof SeedData, "credentials">;

/** Tables in the order their foreign keys need. */
export const INSERT_ORDER: readonly (readonly [TableKey, PgTable])[] = [
  ["organizations", schema.organizations],
  ["users", schema.users],
  ["rolePermissions", schema.rolePermissions],
  ["settings", schema.settings],
  ["markets", schema.markets],
  ["seats", schema.seats],
  ["seatMarkets", schema.seatMarkets],
  ["seatSkills", schema.seatSkills],
  ["clients", schema.clients],
  ["clientRequests", schema.clientRequests],
  ["transactions", schema.transactions],
  ["assignments", schema.assignments],
  ["assignmentEvents", schema.assignmentEvents],
  ["interactions", schema.interactions],
  ["outboundMessages", schema.outboundMessages],
  ["qualificationAnswers", schema.qualificationAnswers],
  ["conversations", schema.conversations],
  ["tasks", schema.tasks],
  ["appointments", schema.appointments],
  ["handoffs", schema.handoffs],
  ["escalations", schema.escalations],
  ["escalationNotes", schema.escalationNotes],
  ["qualityFindings", schema.qualityFindings],
  ["listings", schema.listings],
  ["serviceVendors", schema.serviceVendors],
  ["performanceSnapshots", schema.performanceSnapshots],
  ["auditLog", schema.auditLog],
  ["seatNotices", schema.seatNotices],
];

/** Row counts of a seed, keyed by SQL table name. */
export function countRows(data: SeedData): Record<string, number> {
  return Object.fromEntries(INSERT_ORDER.map(([key, table]) => [getTableName(table), data[key].length]));
}

/**
 * Replaces the password placeholders with bcrypt hashes (the one non-deterministic step). Each
 * distinct demo password is hashed once and shared by the accounts that use it.
 */
export async function hashPasswords(data: SeedData): Promise<SeedData["users"]> {
  const hashes = new Map<string, Promise<string>>();
  const byUser = new Map(data.credentials.map((c) => [c.userId, c.password]));
  return Promise.all(
    data.users.map(async (u) => {
      const password = byUser.get(u.id!);
      if (password === undefined) return u;
      if (!hashes.has(password)) hashes.set(password, bcrypt.hash(password, PASSWORD_COST));
      return { ...u, passwordHash: await hashes.get(password)! };
    }),
  );
}

/**
 * Inserts rows as one JSON document per statement, expanded by json_populate_recordset on the
 * server: far cheaper than binding every value, on PostgreSQL and on PGlite alike. Only columns
 * every row sets are written, so the others keep their defaults.
 */
async function insertRows(tx: Tx, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  const columns = Object.entries(getTableColumns(table));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT);
    const present = columns.filter(([key]) => batch.every((row) => row[key] !== undefined));
    const docs = batch.map((row) => Object.fromEntries(present.map(([key, column]) => [column.name, row[key]])));
    const names = sql.join(present.map(([, column]) => sql.identifier(column.name)), sql`, `);
    await tx.execute(sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${JSON.stringify(docs)}::json)`);
  }
}

/** Inserts every table's rows inside an open transaction; `users` carries the hashed passwords. */
export async function insertRowsInTransaction(tx: Tx, data: SeedData, users: SeedData["users"]): Promise<void> {
  for (const [key, table] of INSERT_ORDER) {
    await insertRows(tx, table, key === "users" ? users : (data[key] as readonly Record<string, unknown>[]));
  }
}

/**
 * Inserts a generated seed in one transaction, in dependency order and in batches of rows.
 * Returns the row count per table.
 */
export async function insertSeed(db: Db, data: SeedData): Promise<Record<string, number>> {
  const users = await hashPasswords(data);
  await db.transaction((tx) => insertRowsInTransaction(tx, data, users));
  return countRows(data);
}
