import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openDatabase, pgliteDatabase, type Database } from "../client";
import { migrateDatabase } from "../migrate";

export type DriverName = Database["driver"];

let template: Promise<PGlite> | undefined;

/** A migrated in-memory PGlite, cloned from one template per worker so each test starts clean. */
async function freshPglite(): Promise<Database> {
  template ??= (async () => {
    const client = new PGlite("memory://");
    await migrateDatabase(pgliteDatabase(client));
    return client;
  })();
  return pgliteDatabase((await (await template).clone()) as PGlite);
}

/** A new, migrated PostgreSQL database created beside TEST_DATABASE_URL's and dropped on close. */
async function freshPostgres(adminUrl: string): Promise<Database> {
  const name = `console_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString(), max: 20 });
  await migrateDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** The drivers data tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDrivers(): DriverName[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** Opens a fresh, empty, migrated database on the given driver. */
export function freshDatabase(driver: DriverName): Promise<Database> {
  if (driver === "pglite") return freshPglite();
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set; PostgreSQL tests need it (for example postgres://postgres@127.0.0.1:5432/test)");
  return freshPostgres(url);
}
