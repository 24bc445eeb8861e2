#!/usr/bin/env node
/**
 * Runs the browser tests: checks that Debian's Chromium is installed, starts from an empty
 * database (the embedded one, or the PostgreSQL database E2E_DATABASE_URL names, dropped and
 * created anew), and hands over to Playwright (which builds and starts the console).
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { root } from "./lib/build.mjs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium was not found at ${chromium}. Install Debian's package with:\n  sudo apt-get update && sudo apt-get install -y chromium\nor point CHROMIUM_PATH at a Chromium binary.`);
  process.exit(1);
}
const dataDir = process.env.E2E_PGLITE_DIR ? path.resolve(root, process.env.E2E_PGLITE_DIR) : path.join(root, ".data", "e2e");
rmSync(dataDir, { recursive: true, force: true });
if (process.env.E2E_DATABASE_URL) await recreateDatabase(process.env.E2E_DATABASE_URL);
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", E2E_PGLITE_DIR: dataDir },
});
process.exit(result.status ?? 1);

/** Drops and creates the browser tests' PostgreSQL database, so every run starts from the demo seed alone. */
async function recreateDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name) || ["postgres", "template0", "template1"].includes(name)) {
    console.error(`E2E_DATABASE_URL must name a database of its own (letters, digits, _), not "${name}": the browser tests drop and recreate it.`);
    process.exit(1);
  }
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  } catch (error) {
    console.error(`Could not recreate the browser tests' database "${name}": ${error.message}`);
    process.exit(1);
  } finally {
    await sql.end();
  }
  console.log(`Browser tests run on PostgreSQL database "${name}".`);
}
