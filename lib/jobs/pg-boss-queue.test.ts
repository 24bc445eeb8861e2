import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { freshDatabase } from "@/lib/db/testing/databases";
import { startPgBossQueue, type PgBossQueueOptions } from "./pg-boss-queue";
import { createJobRuns, readJobRuns, recordingJob, waitFor } from "./testing/job-runs";
import { defineJob, type JobDefinition, type JobQueue } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a worker process, adds it to `children` at once, and resolves once it polls. */
function spawnWorker(url: string, label: string, children: ChildProcess[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "testing", "recording-worker.ts"), url, label], { stdio: ["ignore", "pipe", "inherit"] });
    children.push(child);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`worker ${label} exited with ${code} before it was ready`)));
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
  });
}

/** Stops a worker process with SIGTERM (it stops pg-boss cleanly) and waits for it to exit. */
function stopWorker(child: ChildProcess): Promise<unknown> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("pg-boss job queue (PostgreSQL)", () => {
  let database: Database;
  const queues: JobQueue[] = [];
  const start = async (jobs: JobDefinition[], options: PgBossQueueOptions = {}) => {
    const queue = await startPgBossQueue(database.url!, database.db, jobs, { pollingIntervalSeconds: 0.5, ...options });
    queues.push(queue);
    return queue;
  };
  const jobStates = (name: string) => queryRows<{ state: string; retry_count: number }>(database.db, sql`select state::text, retry_count from pgboss.job where name = ${name}`);

  beforeAll(async () => {
    database = await freshDatabase("postgres");
    await createJobRuns(database.db);
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.stop()));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("runs a job sent with startAfter 1 s ahead after that moment, not before", async () => {
    const queue = await start([recordingJob("delayed", "main")]);
    const startAfter = new Date(Date.now() + 1_000);
    await queue.send("delayed", { key: "delayed-1" }, { startAfter });
    await sleep(700);
    expect(await readJobRuns(database.db, "delayed-")).toEqual([]);
    await waitFor(async () => (await readJobRuns(database.db, "delayed-")).length === 1);
    expect((await readJobRuns(database.db, "delayed-"))[0]!.ranAt.getTime()).toBeGreaterThanOrEqual(startAfter.getTime());
  });

  it("dedupes waiting sends by singletonKey and fails an invalid payload without retrying it", async () => {
    const queue = await start([recordingJob("strict", "main")]);
    const loose = await start([defineJob({ name: "strict", schema: z.unknown(), handler: async () => {} })], { workers: false });
    const startAfter = new Date(Date.now() + 800);
    for (const key of ["single-a", "single-a", "single-a", "single-b"]) await queue.send("strict", { key }, { startAfter, singletonKey: key });
    await loose.send("strict", { key: 5 });
    await waitFor(async () => (await jobStates("strict")).every((job) => job.state === "completed" || job.state === "failed") && (await jobStates("strict")).length === 3);
    expect((await readJobRuns(database.db, "single-")).map((run) => run.key).sort()).toEqual(["single-a", "single-b"]);
    expect((await jobStates("strict")).filter((job) => job.state === "failed")).toEqual([{ state: "failed", retry_count: 0 }]);
  });

  it("runs once with two worker processes: 100 jobs, each handled exactly once", async () => {
    const workers: ChildProcess[] = [];
    try {
      await Promise.all(["left", "right"].map((label) => spawnWorker(database.url!, label, workers)));
      const sender = await start([recordingJob("record", "sender")], { workers: false });
      for (let i = 0; i < 100; i++) await sender.send("record", { key: `two-${i}` });
      await waitFor(async () => (await jobStates("record")).filter((job) => job.state === "completed").length === 100, 20_000);
      await sleep(500);
      const runs = await readJobRuns(database.db, "two-");
      expect(runs).toHaveLength(100);
      expect(new Set(runs.map((run) => run.key)).size).toBe(100);
      const handledBy = (worker: string) => runs.filter((run) => run.worker === worker).length;
      console.log(`[jobs test] split across processes: left ${handledBy("left")}, right ${handledBy("right")}`);
      expect(handledBy("left") + handledBy("right")).toBe(100);
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
  });

  it("keeps a delayed job across a restart: a new instance runs what the stopped one stored", async () => {
    const first = await start([recordingJob("restart", "first")]);
    const startAfter = new Date(Date.now() + 1_500);
    await first.send("restart", { key: "restart-1" }, { startAfter });
    await first.stop();
    await start([recordingJob("restart", "second")]);
    await waitFor(async () => (await readJobRuns(database.db, "restart-")).length === 1);
    const [run] = await readJobRuns(database.db, "restart-");
    expect(run!.worker).toBe("second");
    expect(run!.ranAt.getTime()).toBeGreaterThanOrEqual(startAfter.getTime());
  });
});
