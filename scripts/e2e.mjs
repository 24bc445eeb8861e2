#!/usr/bin/env node
/**
 * Runs the browser tests: checks that Debian's Chromium is installed, starts from an empty
 * embedded database, and hands over to Playwright (which builds and starts the console).
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { root } from "./lib/build.mjs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium was not found at ${chromium}. Install Debian's package with:\n  sudo apt-get update && sudo apt-get install -y chromium\nor point CHROMIUM_PATH at a Chromium binary.`);
  process.exit(1);
}
const dataDir = process.env.E2E_PGLITE_DIR ? path.resolve(root, process.env.E2E_PGLITE_DIR) : path.join(root, ".data", "e2e");
rmSync(dataDir, { recursive: true, force: true });
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", E2E_PGLITE_DIR: dataDir },
});
process.exit(result.status ?? 1);
