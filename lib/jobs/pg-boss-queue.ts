import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { jobsByName, parsePayload, periodicPayload, type JobDefinition, type JobQueue, type SendOptions } from "./types";

export interface PgBossQueueOptions {
  /** false: a queue that only sends (no workers, schedules or maintenance). Default true. */
  workers?: boolean;
  /** PostgreSQL schema pg-boss keeps its tables in. Default "pgboss". */
  schema?: string;
  /** How often an idle worker looks for due jobs. Default 2 s, at least 0.5 s. */
  pollingIntervalSeconds?: number;
}

/**
 * "short" keeps at most one waiting job per singleton key, which is how sends dedupe; a send
 * without a key gets a random one so it never collides. Retries back off from 5 s (about 5, 10,
 * 20, 40, 80 s with jitter) before the job is left failed.
 */
const QUEUE_SETTINGS = { policy: "short", retryLimit: 5, retryDelay: 5, retryBackoff: true } as const;
const BATCH_SIZE = 5;

const RACES = new Set(["40P01", "23505"]);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs one fetched job and records its outcome; an invalid payload fails at once, without retries. */
async function runOne(boss: PgBoss, schema: string, db: Db, job: JobDefinition, fetched: PgBoss.JobWithMetadata<unknown>): Promise<void> {
  let data: unknown;
  try {
    data = parsePayload(job, fetched.data);
  } catch (error) {
    console.error(`[jobs] ${job.name} ${fetched.id} failed without retry: ${messageOf(error)}`);
    // pg-boss's fail() retries while retry_count < retry_limit; spending the limit makes it final.
    await boss.getDb().executeSql(`update ${schema}.job set retry_limit = retry_count where name = $1 and id = $2`, [job.name, fetched.id]);
    await boss.fail(job.name, fetched.id, { message: messageOf(error) });
    return;
  }
  try {
    await job.handler(db, data);
  } catch (error) {
    const retry = fetched.retryCount < fetched.retryLimit;
    console.error(`[jobs] ${job.name} failed (attempt ${fetched.retryCount + 1} of ${fetched.retryLimit + 1}), ${retry ? "will retry" : "giving up"}: ${messageOf(error)}`);
    await boss.fail(job.name, fetched.id, { message: messageOf(error) });
    return;
  }
  await boss.complete(job.name, fetched.id);
}

/**
 * Creates the queue, or brings an existing one to the current settings. Instances starting at
 * the same moment can deadlock inside pg-boss's create_queue; the loser retries and finds it made.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await boss.getQueue(name);
      if (!existing) return await boss.createQueue(name, { name, ...QUEUE_SETTINGS });
      const stale = (Object.keys(QUEUE_SETTINGS) as (keyof typeof QUEUE_SETTINGS)[]).some((key) => existing[key] !== QUEUE_SETTINGS[key]);
      if (stale) await boss.updateQueue(name, { name, ...QUEUE_SETTINGS });
      return;
    } catch (error) {
      if (attempt >= 5 || !RACES.has((error as { code?: string }).code ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/**
 * Polls a queue in batches and settles each job on its own, so one failure does not retry its
 * neighbours; a full batch makes the worker fetch again at once instead of waiting for the poll.
 */
async function startWorker(boss: PgBoss, schema: string, db: Db, job: JobDefinition, pollingIntervalSeconds: number): Promise<void> {
  const worker = { id: "" };
  worker.id = await boss.work<unknown>(job.name, { batchSize: BATCH_SIZE, pollingIntervalSeconds, includeMetadata: true }, async (batch) => {
    if (batch.length === BATCH_SIZE && worker.id) boss.notifyWorker(worker.id);
    const outcomes = await Promise.allSettled(batch.map((fetched) => runOne(boss, schema, db, job, fetched)));
    const unsettled = outcomes.find((outcome) => outcome.status === "rejected");
    if (unsettled) throw unsettled.reason;
  });
}

/**
 * The job runner on PostgreSQL. Jobs are rows in pg-boss's tables, so they survive restarts and
 * any number of processes share them (each job is fetched by exactly one worker with SKIP LOCKED);
 * cron schedules fire once per minute slot across all instances. Jobs run on `db`.
 */
export async function startPgBossQueue(url: string, db: Db, jobs: JobDefinition[], options: PgBossQueueOptions = {}): Promise<JobQueue> {
  const find = jobsByName(jobs);
  const sweepPayloads = new Map(jobs.filter((job) => job.cron).map((job) => [job.name, periodicPayload(job) as object]));
  const { workers = true, schema = "pgboss", pollingIntervalSeconds = 2 } = options;
  const boss = new PgBoss({ connectionString: url, schema, max: 5, application_name: "console-jobs", schedule: workers, supervise: workers });
  boss.on("error", (error) => console.error(`[jobs] pg-boss: ${messageOf(error)}`));
  await boss.start();
  try {
    for (const job of jobs) {
      await ensureQueue(boss, job.name);
      if (!workers) continue;
      await startWorker(boss, schema, db, job, job.pollingIntervalSeconds ?? pollingIntervalSeconds);
      if (job.cron) await boss.schedule(job.name, job.cron, sweepPayloads.get(job.name), { tz: "UTC" });
      else await boss.unschedule(job.name);
      if (job.everyMs && !job.cron) console.warn(`[jobs] ${job.name} has everyMs but no cron, so it does not sweep on PostgreSQL`);
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }

  let stopped = false;
  return {
    async send<T>(name: string, data: T, sendOptions: SendOptions = {}) {
      if (stopped) throw new Error(`Job queue is stopped; "${name}" was not sent`);
      const payload = parsePayload(find(name), data);
      await boss.send(name, payload as object, { startAfter: sendOptions.startAfter, singletonKey: sendOptions.singletonKey ?? randomUUID() });
    },
    async stop() {
      stopped = true;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
