import { z } from "zod";
import type { Db } from "@/lib/db/client";

/**
 * One kind of background job. Handlers must be idempotent functions of database state: a job
 * may run twice (a retry after a crash) and a timer may be lost (the in-process runner keeps
 * timers in memory), so a periodic sweep that finds due work in the tables must be able to repair
 * anything a lost or repeated run left behind.
 */
export interface JobDefinition<T = unknown> {
  /** Queue name, unique among jobs: letters, digits, dashes, dots and underscores. */
  name: string;
  /** Validates the payload on send and again before the handler runs. */
  schema: z.ZodType<T>;
  /** Does the work; throwing makes the runner retry with backoff. */
  handler(db: Db, data: T): Promise<void>;
  /** Five-field cron (minute resolution, UTC) for a periodic sweep on PostgreSQL (pg-boss). */
  cron?: string;
  /** Sweep period of the in-process runner (embedded database); 60 s when only cron is set. */
  everyMs?: number;
  /** How often PostgreSQL workers look for waiting jobs of this kind (pg-boss allows 0.5 s and up); the queue's default otherwise. A client waits on a reply, so replies poll faster. */
  pollingIntervalSeconds?: number;
}

/** Where jobs are sent, whichever runner is behind it. */
export interface JobQueue {
  /** Stores a job; with a singletonKey a second send is dropped while the first has not started. */
  send<T>(name: string, data: T, options?: SendOptions): Promise<void>;
  /** Stops timers and workers and waits for running handlers; sends afterwards throw. */
  stop(): Promise<void>;
}

export interface SendOptions {
  /** Not before this moment; the job runs at the first poll after it. */
  startAfter?: Date;
  /** Dedupes sends of the same job name and key while one is still waiting to start. */
  singletonKey?: string;
}

/** Declares a job with its payload type inferred from the schema. */
export function defineJob<T>(definition: JobDefinition<T>): JobDefinition {
  return definition as JobDefinition;
}

/** Whether a job sweeps periodically, on either runner. */
export function isPeriodic(job: JobDefinition): boolean {
  return Boolean(job.cron || job.everyMs);
}

/** The payload a periodic run gets: `{}` through the job's schema, which must accept it. */
export function periodicPayload(job: JobDefinition): unknown {
  const parsed = job.schema.safeParse({});
  if (!parsed.success) throw new Error(`Job "${job.name}" is periodic, so its schema must accept {}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Validates a payload against the job's schema, throwing a message that names the job. */
export function parsePayload(job: JobDefinition, data: unknown): unknown {
  const parsed = job.schema.safeParse(data);
  if (!parsed.success) throw new InvalidPayloadError(`Invalid payload for job "${job.name}": ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Thrown when a payload does not match its job's schema; never worth a retry. */
export class InvalidPayloadError extends Error {
  override name = "InvalidPayloadError";
}

/** Finds a job by name among the definitions a runner was started with. */
export function jobsByName(jobs: JobDefinition[]): (name: string) => JobDefinition {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  if (byName.size !== jobs.length) throw new Error("Two job definitions share a name");
  return (name) => {
    const job = byName.get(name);
    if (!job) throw new Error(`Unknown job "${name}"; pass its definition to startJobs where the process is assembled`);
    return job;
  };
}
