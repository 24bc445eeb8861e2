import { afterAll, beforeAll, describe } from "vitest";
import type { Database, Db } from "../client";
import { freshDatabase, testDrivers, type DriverName } from "./databases";

export interface DriverContext {
  driver: DriverName;
  /** The database of this describe block; valid inside tests and hooks. */
  db(): Db;
  database(): Database;
}

/**
 * Runs a block of data tests once per driver, each on its own fresh database, so tests of one
 * file never see another file's rows.
 */
export function describeEachDriver(title: string, body: (ctx: DriverContext) => void): void {
  for (const driver of testDrivers()) {
    describe(`${title} [${driver}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await freshDatabase(driver);
      });
      afterAll(async () => {
        await database?.close();
      });
      const current = () => {
        if (!database) throw new Error("the test database is not open yet");
        return database;
      };
      body({ driver, db: () => current().db, database: current });
    });
  }
}
