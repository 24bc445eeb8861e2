/**
 * The first-reply benchmark: while the intake benchmark's load runs (signed GHL deliveries from
 * 200 known clients, as fast as 10 connections send them: far more than routing drains, so they
 * queue), N new contacts text in one after another; for each it times the signed
 * webhook's 200 to the AI's first reply queued (its outbound_messages row) and to that reply's
 * arrival at the local GoHighLevel server. Prints p50 and p99 of both; exits 1 when the p99 to
 * delivery is 5 s or more, or a contact got no reply.
 *
 * The console is the production build on PostgreSQL with JOBS_DISABLED=true and one worker
 * process (scripts/worker.ts) running the jobs, as a deployment does.
 *
 * Run: npx tsx scripts/bench/first-reply.ts [--contacts 40] [--connections 10] [--keep] [--reuse-build].
 * BENCH_DATABASE_URL as for scripts/bench/intake.ts.
 */
import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { and, eq, sql } from "drizzle-orm";
import { clients, outboundMessages } from "../../lib/db/schema";
import { startFakeGhlServer, type FakeGhlServer } from "../../lib/services/ghl/testing/fake-ghl-server";
import { createBenchDatabase, dropBenchDatabase, type BenchDatabase } from "./lib/bench-db";
import { DeliveryFeed, signedDelivery } from "./lib/deliveries";
import { runRound } from "./lib/load";
import { buildIfNeeded, freePort, root, startServer, type RunningServer } from "./lib/server";
import { percentile, printFirstReplyTable, type Timing } from "./lib/first-reply-report";

const { values } = parseArgs({
  options: {
    contacts: { type: "string", default: "40" },
    connections: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
    "reuse-build": { type: "boolean", default: false },
  },
});
const CONTACTS = Number(values.contacts);
const CONNECTIONS = Number(values.connections);
const GOAL_MS = 5_000;
const LOAD_CONTACTS = 200;
const WAIT_MS = 30_000;
const ADMIN_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const DIST_DIR = ".next-bench";
const LOCATION = "loc_jorge_rc";
const TOKEN = "pit-bench-first-reply";

const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** A new contact's first text, signed like GoHighLevel signs it. */
function firstText(privateKey: KeyObject, contactId: string): { body: Buffer; signature: string } {
  const at = new Date().toISOString();
  const event = { type: "InboundMessage", locationId: LOCATION, contactId, conversationId: `conv_${contactId}`, messageId: `first_${contactId}`, messageType: "SMS", body: "Hi, thinking of selling my house in Alta Loma this spring", direction: "inbound", dateAdded: at, timestamp: at };
  const body = Buffer.from(JSON.stringify(event));
  return { body, signature: sign(null, body, privateKey).toString("base64") };
}

/** The moment the contact's first outbox row was written, or null while there is none. */
async function queuedAt(bench: BenchDatabase, contactId: string): Promise<number | null> {
  const [row] = await bench.database.db
    .select({ at: sql<Date | null>`min(${outboundMessages.createdAt})` })
    .from(outboundMessages)
    .innerJoin(clients, and(eq(clients.organizationId, outboundMessages.organizationId), eq(clients.id, outboundMessages.clientId)))
    .where(and(eq(clients.organizationId, bench.organizationId), eq(clients.ghlContactId, contactId)));
  return row?.at ? new Date(row.at).getTime() : null;
}

/** Sends one new contact's text and waits for its reply to be queued and to reach GoHighLevel. */
async function timeOne(server: RunningServer, bench: BenchDatabase, ghl: FakeGhlServer, privateKey: KeyObject, contactId: string): Promise<Timing> {
  const { body, signature } = firstText(privateKey, contactId);
  const answer = await fetch(`${server.url}/api/webhooks/ghl`, { method: "POST", body: new Uint8Array(body), headers: { "content-type": "application/json", "x-ghl-signature": signature } });
  const acknowledged = Date.now();
  if (answer.status !== 200) throw new Error(`The webhook answered ${answer.status} for ${contactId}: ${await answer.text()}`);
  let queued: number | null = null;
  let delivered: number | null = null;
  while (Date.now() - acknowledged < WAIT_MS && (queued === null || delivered === null)) {
    queued ??= await queuedAt(bench, contactId);
    const arrival = ghl.sent().find((m) => m.body.contactId === contactId);
    if (arrival) delivered = Date.parse(arrival.receivedAt);
    if (queued === null || delivered === null) await new Promise((r) => setTimeout(r, 25));
  }
  return { contactId, queuedMs: queued === null ? null : queued - acknowledged, deliveredMs: delivered === null ? null : delivered - acknowledged };
}

/** Starts the job worker beside the server, in its own process group; the stop waits (10 s at most) for it to finish its jobs. */
function startWorker(env: NodeJS.ProcessEnv): () => Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], { cwd: root, env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", signal);
  return async () => {
    signal();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
}

async function main(): Promise<number> {
  if (![CONTACTS, CONNECTIONS].every((n) => Number.isInteger(n) && n > 0)) throw new Error("--contacts and --connections take whole numbers above 0");
  process.chdir(root);
  const env = { ...process.env, NODE_ENV: "production" as const, AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR };
  if (values["reuse-build"] && !existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) throw new Error(`--reuse-build: there is no build in ${DIST_DIR} yet`);
  if (!values["reuse-build"] && buildIfNeeded(DIST_DIR, env)) log(`built the console into ${DIST_DIR}`);
  const ghl = await startFakeGhlServer();
  const bench = await createBenchDatabase(ADMIN_URL);
  log(`database ${bench.name} migrated and seeded; local GoHighLevel at ${ghl.baseUrl}`);
  let server: RunningServer | undefined;
  let stopWorker: (() => Promise<void>) | undefined;
  try {
    const keys = generateKeyPairSync("ed25519");
    const consoleEnv = { ...env, DATABASE_URL: bench.url, GHL_WEBHOOK_PUBLIC_KEY: keys.publicKey.export({ type: "spki", format: "pem" }).toString(), GHL_API_BASE_URL: ghl.baseUrl, GHL_PRIVATE_TOKEN: TOKEN };
    server = await startServer(await freePort(), { ...consoleEnv, JOBS_DISABLED: "true" }, "/login");
    stopWorker = startWorker(consoleEnv);
    log(`server up at ${server.url}, worker started; intake load on ${CONNECTIONS} connections`);

    // The load is the team's known clients writing in (the intake bench's 200 contacts), on file before it starts.
    await bench.database.db.insert(clients).values(Array.from({ length: LOAD_CONTACTS }, (_, i) => ({
      organizationId: bench.organizationId, firstName: "Bench", lastName: `Client ${i}`, ghlContactId: `bench_contact_${i}`, type: "seller", pipeline: "seller", smsConsent: true,
    })));
    const feed = new DeliveryFeed((n) => signedDelivery(keys.privateKey, LOCATION, `load_${n}`, n, LOAD_CONTACTS), 2_000, 10);
    let loading = true;
    const load = (async () => {
      while (loading) await runRound({ url: server!.url, connections: CONNECTIONS, requests: [feed.request("/api/webhooks/ghl")], duration: 2 });
    })();
    const timings: Timing[] = [];
    const run = Date.now().toString(36);
    for (let i = 0; i < CONTACTS; i++) timings.push(await timeOne(server, bench, ghl, keys.privateKey, `first_${run}_${i}`));
    loading = false;
    await load;

    const missing = timings.filter((t) => t.deliveredMs === null).length;
    const p99 = percentile(timings.map((t) => t.deliveredMs).filter((v): v is number => v !== null), 0.99);
    printFirstReplyTable(timings, { goalMs: GOAL_MS, loadRequests: feed.originals + feed.replays });
    const pass = missing === 0 && p99 !== null && p99 < GOAL_MS;
    console.log(pass ? `PASS: p99 to delivered ${p99} ms < ${GOAL_MS} ms` : `FAIL: ${missing ? `${missing} of ${CONTACTS} contacts got no reply within ${WAIT_MS / 1000} s; ` : ""}p99 to delivered ${p99 ?? "n/a"} ms (goal < ${GOAL_MS} ms)`);
    return pass ? 0 : 1;
  } finally {
    await stopWorker?.();
    await server?.stop();
    await ghl.close();
    await bench.database.close();
    if (values.keep) log(`kept database ${bench.name}`);
    else await dropBenchDatabase(ADMIN_URL, bench.name);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
