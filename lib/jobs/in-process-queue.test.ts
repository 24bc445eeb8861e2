import { sql } from "drizzle-orm";
import { z } from "zod";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { freshDatabase } from "@/lib/db/testing/databases";
import { startInProcessQueue } from "./in-process-queue";
import { createJobRuns, readJobRuns, recordingJob, waitFor } from "./testing/job-runs";
import { defineJob, InvalidPayloadError, type JobQueue } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("in-process job queue (embedded database)", () => {
  let database: Database;
  let queue: JobQueue | undefined;
  beforeAll(async () => {
    database = await freshDatabase("pglite");
    await createJobRuns(database.db);
  });
  beforeEach(async () => {
    await database.db.execute(sql`delete from job_runs`);
  });
  afterEach(async () => {
    await queue?.stop();
    queue = undefined;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("runs a delayed send after startAfter, not before", async () => {
    queue = startInProcessQueue(database.db, [recordingJob("record", "main")]);
    const startAfter = new Date(Date.now() + 400);
    await queue.send("record", { key: "late" }, { startAfter });
    await sleep(200);
    expect(await readJobRuns(database.db)).toEqual([]);
    await waitFor(async () => (await readJobRuns(database.db)).length === 1);
    expect((await readJobRuns(database.db))[0]!.ranAt.getTime()).toBeGreaterThanOrEqual(startAfter.getTime());
  });

  it("drops a send whose singletonKey is still waiting, and accepts it again once the first started", async () => {
    queue = startInProcessQueue(database.db, [recordingJob("record", "main")]);
    const startAfter = new Date(Date.now() + 150);
    for (const key of ["a", "a", "a", "b"]) await queue.send("record", { key }, { startAfter, singletonKey: key });
    await waitFor(async () => (await readJobRuns(database.db)).length === 2);
    await queue.send("record", { key: "a" }, { singletonKey: "a" });
    await waitFor(async () => (await readJobRuns(database.db)).length === 3);
    expect((await readJobRuns(database.db)).map((r) => r.key).sort()).toEqual(["a", "a", "b"]);
  });

  it("rejects invalid data and unknown job names at send", async () => {
    queue = startInProcessQueue(database.db, [recordingJob("record", "main")]);
    await expect(queue.send("record", { key: 5 })).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(queue.send("nope", {})).rejects.toThrow(/Unknown job "nope"/);
    await sleep(50);
    expect(await readJobRuns(database.db)).toEqual([]);
  });

  it("runs a periodic job soon after start and then every everyMs", async () => {
    let runs = 0;
    const sweep = defineJob({ name: "sweep", schema: z.object({}), everyMs: 60, handler: async () => void runs++ });
    queue = startInProcessQueue(database.db, [sweep], { firstSweepAfterMs: 10 });
    await waitFor(() => runs >= 3, 2_000);
    const periodicWithoutDefaults = defineJob({ name: "bad", schema: z.object({ id: z.string() }), cron: "* * * * *", handler: async () => {} });
    expect(() => startInProcessQueue(database.db, [periodicWithoutDefaults])).toThrow(/must accept \{\}/);
  });

  it("retries a failing handler with backoff until it succeeds", async () => {
    let attempts = 0;
    const flaky = defineJob({
      name: "flaky",
      schema: z.object({}),
      handler: async () => {
        if (++attempts < 3) throw new Error(`boom ${attempts}`);
      },
    });
    queue = startInProcessQueue(database.db, [flaky], { retryBaseMs: 10 });
    await queue.send("flaky", {});
    await waitFor(() => attempts === 3, 2_000);
    await sleep(100);
    expect(attempts).toBe(3);
  });

  it("stop() cancels waiting jobs and refuses new sends", async () => {
    queue = startInProcessQueue(database.db, [recordingJob("record", "main")]);
    await queue.send("record", { key: "never" }, { startAfter: new Date(Date.now() + 150) });
    await queue.stop();
    await sleep(300);
    expect(await readJobRuns(database.db)).toEqual([]);
    await expect(queue.send("record", { key: "after" })).rejects.toThrow(/stopped/);
  });

  it("with workers off, validates sends and runs nothing", async () => {
    queue = startInProcessQueue(database.db, [recordingJob("record", "main")], { workers: false });
    await expect(queue.send("record", {})).rejects.toBeInstanceOf(InvalidPayloadError);
    await queue.send("record", { key: "dropped" });
    await sleep(100);
    expect(await readJobRuns(database.db)).toEqual([]);
  });
});
