import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { defineJob } from "../types";

/** A plain table (no unique key, so duplicate runs would show) where test jobs record each run. */
export async function createJobRuns(db: Db): Promise<void> {
  await db.execute(sql`create table if not exists job_runs (job_key text not null, worker text not null, ran_at timestamptz not null default clock_timestamp())`);
}

/** Every recorded run, oldest first. */
export async function readJobRuns(db: Db, prefix = ""): Promise<{ key: string; worker: string; ranAt: Date }[]> {
  const rows = await queryRows<{ job_key: string; worker: string; ran_at: string | Date }>(db, sql`select job_key, worker, ran_at from job_runs where job_key like ${prefix + "%"} order by ran_at`);
  return rows.map((r) => ({ key: r.job_key, worker: r.worker, ranAt: new Date(r.ran_at) }));
}

/** A job named `name` that inserts one job_runs row per run, tagged with the worker's label. */
export function recordingJob(name: string, worker: string) {
  return defineJob({
    name,
    schema: z.object({ key: z.string().min(1) }),
    handler: async (db, data) => {
      await db.execute(sql`insert into job_runs (job_key, worker) values (${data.key}, ${worker})`);
    },
  });
}

/** Resolves once `check` returns true, polling every 50 ms; throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
