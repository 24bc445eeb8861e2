import type { Db } from "@/lib/db/client";
import { isPeriodic, jobsByName, parsePayload, periodicPayload, type JobDefinition, type JobQueue, type SendOptions } from "./types";

export interface InProcessOptions {
  /** false: sends are validated and dropped, nothing runs (JOBS_DISABLED). Default true. */
  workers?: boolean;
  /** Delay before the first periodic sweep after start. Default 5 s. */
  firstSweepAfterMs?: number;
  /** Runs of a sent job before it is given up (first try included). Default 4. */
  maxAttempts?: number;
  /** First retry delay, doubled on each further retry. Default 2 s. */
  retryBaseMs?: number;
}

const DEFAULT_EVERY_MS = 60_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The job runner of the embedded database, which only one process may open: timers in this
 * process. Delayed sends and retries live in memory and are lost on a restart; periodic jobs run
 * shortly after start and then every `everyMs`, and because handlers are idempotent functions of
 * database state, those sweeps pick up whatever a lost timer would have done.
 */
export function startInProcessQueue(db: Db, jobs: JobDefinition[], options: InProcessOptions = {}): JobQueue {
  const find = jobsByName(jobs);
  const { workers = true, firstSweepAfterMs = 5_000, maxAttempts = 4, retryBaseMs = 2_000 } = options;
  const timers = new Set<NodeJS.Timeout>();
  const pending = new Set<string>();
  const running = new Set<Promise<void>>();
  const sweeping = new Set<string>();
  let stopped = false;

  const later = (ms: number, fn: () => void, repeat = false) => {
    const timer = repeat ? setInterval(fn, ms) : setTimeout(() => (timers.delete(timer), fn()), Math.min(ms, MAX_TIMER_MS));
    timer.unref();
    timers.add(timer);
  };

  const track = (job: JobDefinition, data: unknown, onError: (error: unknown) => void) => {
    const work = Promise.resolve()
      .then(() => job.handler(db, data))
      .catch(onError);
    running.add(work);
    return work.finally(() => running.delete(work));
  };

  const attempt = (job: JobDefinition, data: unknown, tries: number) => {
    if (stopped) return;
    void track(job, data, (error) => {
      const message = error instanceof Error ? error.message : String(error);
      const wait = retryBaseMs * 2 ** (tries - 1);
      const retry = tries < maxAttempts && !stopped;
      console.error(`[jobs] ${job.name} failed (attempt ${tries} of ${maxAttempts}), ${retry ? `retrying in ${wait} ms` : "giving up"}: ${message}`);
      if (retry) later(wait, () => attempt(job, data, tries + 1));
    });
  };

  const runAt = (job: JobDefinition, data: unknown, at: number, key?: string) =>
    later(Math.max(0, at - Date.now()), () => {
      if (Date.now() < at) return runAt(job, data, at, key);
      if (key) pending.delete(key);
      attempt(job, data, 1);
    });

  const sweep = (job: JobDefinition, data: unknown) => {
    if (stopped || sweeping.has(job.name)) return;
    sweeping.add(job.name);
    const report = (error: unknown) => console.error(`[jobs] ${job.name} sweep failed, the next sweep retries: ${error instanceof Error ? error.message : error}`);
    void track(job, data, report).finally(() => sweeping.delete(job.name));
  };

  const sweeps = jobs.filter(isPeriodic).map((job) => ({ job, data: periodicPayload(job) }));
  if (workers) {
    for (const { job, data } of sweeps) {
      later(firstSweepAfterMs, () => sweep(job, data));
      later(job.everyMs ?? DEFAULT_EVERY_MS, () => sweep(job, data), true);
    }
  }

  return {
    async send<T>(name: string, data: T, sendOptions: SendOptions = {}) {
      if (stopped) throw new Error(`Job queue is stopped; "${name}" was not sent`);
      const job = find(name);
      const payload = parsePayload(job, data);
      if (!workers) return console.warn(`[jobs] JOBS_DISABLED: "${name}" dropped`);
      const key = sendOptions.singletonKey === undefined ? undefined : `${name}\u0000${sendOptions.singletonKey}`;
      if (key && pending.has(key)) return;
      if (key) pending.add(key);
      runAt(job, payload, sendOptions.startAfter?.getTime() ?? 0, key);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      pending.clear();
      await Promise.allSettled([...running]);
    },
  };
}
