#!/usr/bin/env node
/**
 * `npm start`: the zero-setup way to run the console. Keeps a local AUTH_SECRET, builds when the
 * sources are newer than the last build, migrates and sets up the database once (the demo team
 * on the embedded database or with DEMO_SEED=true, else the organization alone), then serves and
 * says how to sign in: the demo sign-ins where the demo team was loaded, else how to create the
 * overseer's account when there is none yet.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { needsBuild, nextBin, root } from "./lib/build.mjs";

const port = process.env.PORT || "3000";

function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dataDir = path.join(root, ".data");
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  console.log("Generated a local AUTH_SECRET in .data/auth-secret.");
  return secret;
}

function run(args, env) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Migrates and sets up the database; returns what it found (JSON) for the closing notes. */
function setUpDatabase(env) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "console-setup-"));
  const file = path.join(dir, "outcome.json");
  try {
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "db-setup.ts"), "--outcome", file], { cwd: root, stdio: "inherit", env });
    if (result.status !== 0) return { failed: result.status ?? 1 };
    return { outcome: readFileSync(file, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const env = { ...process.env, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
// The database first: a wrong DATABASE_URL should fail in seconds, not after a build.
const setup = setUpDatabase(env);
if (setup.failed) process.exit(setup.failed);
if (needsBuild()) {
  console.log("Building the console (first start or changed sources)…");
  run([nextBin, "build"], env);
}

console.log(`Starting the console on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "accounts.ts")], { cwd: root, env: { ...env, CONSOLE_SETUP_OUTCOME: setup.outcome }, stdio: "inherit" });
