/**
 * The intake benchmark: signed GHL webhook deliveries must sustain at least half the requests
 * per second of a bare route handler doing one INSERT (app/api/bench/baseline), measured in the
 * same run against the production build on PostgreSQL, and afterwards the database must hold
 * every acknowledged delivery exactly once. Prints requests/s, p50 and p99 for both targets,
 * the ratio and the intake counts; exits 1 when a check fails.
 *
 * Each target gets --duration seconds in total, split into --rounds that alternate baseline and
 * webhook, so a burst of other work on the machine lands on both rather than on one.
 *
 * Run: npx tsx scripts/bench/intake.ts [--duration 12] [--rounds 3] [--connections 20]
 * [--pool 30000] [--keep] [--reuse-build]. The console is built into .next-bench when the
 * sources are newer than that build; --reuse-build serves the existing build as it is.
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) says where the
 * throwaway database console_bench_<timestamp> is created; --keep leaves it in place.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createBenchDatabase, dropBenchDatabase, ghlIntakes, waitForRouting, type BenchDatabase } from "./lib/bench-db";
import { DeliveryFeed, signedDelivery } from "./lib/deliveries";
import { runRound, summarize, type LoadRequest, type LoadRound } from "./lib/load";
import { buildIfNeeded, freePort, root, startServer, type RunningServer } from "./lib/server";
import { countIntakes, printReport, type BenchOutcome } from "./lib/report";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "12" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
    pool: { type: "string", default: "30000" },
    keep: { type: "boolean", default: false },
    "reuse-build": { type: "boolean", default: false },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
const POOL = Number(values.pool);
const ADMIN_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const DIST_DIR = ".next-bench";
const LOCATION = "loc_jorge_rc";
const WEBHOOK = "/api/webhooks/ghl";
/** One send in ten is an exact resend of a recent delivery. */
const REPLAY_EVERY = 10;
/** Deliveries come from this many contacts: the warm-up brings them in as new leads and the
 * measured deliveries are follow-ups in known conversations, as in a busy inbox. */
const CONTACTS = 200;

const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

async function measure(server: RunningServer, bench: BenchDatabase, privateKey: KeyObject) {
  const feed = (prefix: string, size: number) => new DeliveryFeed((n) => signedDelivery(privateKey, LOCATION, `${prefix}_${n}`, n, CONTACTS), size, REPLAY_EVERY);
  const sample = signedDelivery(privateKey, LOCATION, "baseline_sample", 0, CONTACTS);
  const baselineRequest = {
    method: "POST" as const,
    path: `/api/bench/baseline?organizationId=${bench.organizationId}`,
    headers: { "content-type": "application/json", "x-ghl-signature": sample.signature },
    body: sample.body,
  };
  const round = (requests: LoadRequest[], run: { duration?: number; amount?: number }) => runRound({ url: server.url, connections: CONNECTIONS, requests, ...run });

  // The demo seed has GHL intakes of its own; only rows added from here on are counted.
  const seeded = new Set((await ghlIntakes(bench)).map((r) => r.key));
  log("warming up both routes");
  await round([baselineRequest], { duration: 3 });
  const warm = feed("warm", 600);
  await round([warm.request(WEBHOOK)], { amount: 600 });
  const waiting = await waitForRouting(bench, 60_000);
  if (waiting > 0) log(`${waiting} warm-up intakes still waiting for routing; measuring anyway`);

  log(`signing ${POOL} deliveries in advance`);
  const run = feed("run", POOL);
  const seconds = DURATION / ROUNDS;
  const baselineRounds: LoadRound[] = [];
  const webhookRounds: LoadRound[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    log(`round ${r}/${ROUNDS}: baseline ${seconds} s, then webhook ${seconds} s (1 send in ${REPLAY_EVERY} an exact resend)`);
    baselineRounds.push(await round([baselineRequest], { duration: seconds }));
    webhookRounds.push(await round([run.request(WEBHOOK)], { duration: seconds }));
    // The next baseline round starts once routing has caught up, so it does not pay for the webhook's work.
    const left = r < ROUNDS ? await waitForRouting(bench, 30_000) : 0;
    if (left > 0) log(`${left} intakes still waiting for routing; going on`);
  }
  const summary = (rounds: LoadRound[]) => summarize(rounds, { url: server.url, connections: CONNECTIONS });
  const [baseline, webhook] = [summary(baselineRounds), summary(webhookRounds)];

  await waitForRouting(bench, 5_000);
  return { baseline, webhook, warm, run, rows: (await ghlIntakes(bench)).filter((r) => !seeded.has(r.key)) };
}

async function main(): Promise<number> {
  if (![DURATION, ROUNDS, CONNECTIONS, POOL].every((n) => Number.isInteger(n) && n > 0)) throw new Error("--duration, --rounds, --connections and --pool take whole numbers above 0");
  process.chdir(root);
  const env = { ...process.env, NODE_ENV: "production" as const, AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR };
  if (values["reuse-build"] && !existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) throw new Error(`--reuse-build: there is no build in ${DIST_DIR} yet`);
  if (!values["reuse-build"] && buildIfNeeded(DIST_DIR, env)) log(`built the console into ${DIST_DIR}`);
  const bench = await createBenchDatabase(ADMIN_URL);
  log(`database ${bench.name} migrated and seeded`);
  let server: RunningServer | undefined;
  let cleaning: Promise<void> | undefined;
  // Runs once, from the end of the run or from Ctrl-C, whichever comes first.
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await server?.stop();
      await bench.database.close();
      if (values.keep) log(`kept database ${bench.name}`);
      else await dropBenchDatabase(ADMIN_URL, bench.name);
    })());
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    const keys = generateKeyPairSync("ed25519");
    const publicKey = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
    server = await startServer(await freePort(), { ...env, DATABASE_URL: bench.url, GHL_WEBHOOK_PUBLIC_KEY: publicKey, CONSOLE_BENCH_ROUTES: "true" }, "/api/bench/baseline");
    log(`server up at ${server.url}`);
    const loadBefore = loadavg()[0]!;
    const result = await measure(server, bench, keys.privateKey);
    const outcome: BenchOutcome = { ...result, intakes: countIntakes([result.warm, result.run], result.rows) };
    return printReport(outcome, { duration: DURATION, rounds: ROUNDS, connections: CONNECTIONS, loadBefore }) ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
