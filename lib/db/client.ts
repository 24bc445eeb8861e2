import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The database as every query and service sees it, whichever driver sits underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services pass it where a Db is expected. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  db: Db;
  driver: "pglite" | "postgres";
  /** The PostgreSQL URL this database was opened with (postgres driver only). */
  url?: string;
  /**
   * Runs onPayload for every NOTIFY on the channel until the returned function is called. On
   * PostgreSQL it uses a dedicated connection that listens again after a reconnect.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  dataDir?: string;
  /** postgres.js pool size. */
  max?: number;
}

export const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "pglite");

/** Opens PostgreSQL through postgres.js when a URL is given, else PGlite in a local folder. */
export function openDatabase(options: DatabaseOptions = {}): Database {
  if (options.url) {
    const sql = postgres(options.url, { max: options.max ?? 10, onnotice: () => {}, connect_timeout: 5 });
    return {
      db: drizzlePostgres(sql, { schema }) as unknown as Db,
      driver: "postgres",
      url: options.url,
      listen: async (channel, onPayload) => (await sql.listen(channel, onPayload)).unlisten,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  return pgliteDatabase(new PGlite(dataDir));
}

/** Wraps an open PGlite instance as a Database; closing it closes the instance. */
export function pgliteDatabase(client: PGlite): Database {
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: "pglite",
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

/** Describes a PostgreSQL URL for messages without ever showing its password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `host ${u.hostname || "localhost"}, port ${u.port || "5432"}, database ${u.pathname.replace(/^\//, "") || "(default)"}`;
  } catch {
    return "an unparseable DATABASE_URL (expected postgres://user:password@host:port/database)";
  }
}

const globalForDb = globalThis as unknown as { __consoleDb?: Database };

/**
 * The process-wide database of the running app. Cached on globalThis because Next bundles
 * routes separately, and two PGlite instances on one folder would silently diverge.
 */
export function getDatabase(): Database {
  globalForDb.__consoleDb ??= openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
  return globalForDb.__consoleDb;
}

/** The drizzle handle of the process-wide database. */
export function getDb(): Db {
  return getDatabase().db;
}
