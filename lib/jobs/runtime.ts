import { describeDatabaseUrl, getDatabase } from "@/lib/db/client";
import { startInProcessQueue } from "./in-process-queue";
import type { JobDefinition, JobQueue, SendOptions } from "./types";

interface JobsState {
  jobs: Map<string, JobDefinition>;
  queue: JobQueue | null;
  starting: Promise<JobQueue> | null;
  warned: Set<string>;
}

/** On globalThis because Next bundles instrumentation and each route separately. */
const state = ((globalThis as unknown as { __consoleJobs?: JobsState }).__consoleJobs ??= { jobs: new Map(), queue: null, starting: null, warned: new Set() });

/** Adds job definitions to the process-wide registry; a later definition replaces one of the same name. */
export function registerJobs(jobs: JobDefinition[]): void {
  for (const job of jobs) state.jobs.set(job.name, job);
}

/** A queue that accepts nothing, for when pg-boss could not start: sends are logged and dropped. */
function unavailableQueue(reason: string): JobQueue {
  return {
    async send(name) {
      console.error(`[jobs] "${name}" dropped: background jobs are unavailable (${reason})`);
    },
    async stop() {},
  };
}

async function start(): Promise<JobQueue> {
  const jobs = [...state.jobs.values()];
  const workers = process.env.JOBS_DISABLED !== "true";
  const url = process.env.DATABASE_URL;
  if (!url) return startInProcessQueue(getDatabase().db, jobs, { workers });
  const { startPgBossQueue } = await import("./pg-boss-queue");
  return startPgBossQueue(url, getDatabase().db, jobs, { workers });
}

/**
 * Starts the job runner once per process with the jobs the process was assembled with (the
 * server's instrumentation and the worker pass them; this module knows none of them): pg-boss
 * when DATABASE_URL is set, else timers in this process on the embedded database.
 * JOBS_DISABLED=true starts a queue that only sends. Never throws: a runner that cannot start is
 * logged and replaced by one that drops sends.
 */
export async function startJobs(jobs: JobDefinition[] = []): Promise<JobQueue> {
  registerJobs(jobs);
  state.starting ??= start()
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      const url = process.env.DATABASE_URL;
      const runner = url ? `pg-boss on PostgreSQL (${describeDatabaseUrl(url)})` : "the in-process job runner";
      console.error(`[jobs] ${runner} could not start: ${reason}. The console keeps serving without background jobs (sends are dropped); fix the cause and restart.`);
      return unavailableQueue(reason);
    })
    .then((queue) => (state.queue = queue));
  return state.starting;
}

/** The running queue, or null before startJobs() (unit tests, scripts). */
export function getJobQueue(): JobQueue | null {
  return state.queue;
}

/** Installs a queue directly (tests, and the worker script so handlers can enqueue); null removes it. */
export function setJobQueue(queue: JobQueue | null): void {
  state.queue = queue;
  state.starting = queue ? Promise.resolve(queue) : null;
}

/**
 * Sends a job through the running queue, waiting for it when the runner is still starting; when
 * startJobs() was never called (unit tests, scripts) it warns once per job name and does nothing.
 */
export async function enqueue<T>(name: string, data: T, options?: SendOptions): Promise<void> {
  const queue = state.queue ?? (state.starting ? await state.starting : null);
  if (queue) return queue.send(name, data, options);
  if (state.warned.has(name)) return;
  state.warned.add(name);
  console.warn(`[jobs] "${name}" not sent: background jobs have not started in this process`);
}
