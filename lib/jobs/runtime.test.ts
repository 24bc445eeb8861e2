import { z } from "zod";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { getDatabase } from "@/lib/db/client";
import { waitFor } from "./testing/job-runs";
import { enqueue, getJobQueue, registerJobs, setJobQueue, startJobs } from "./runtime";
import { defineJob, type JobQueue } from "./types";

const env = { ...process.env };
const received: unknown[] = [];
registerJobs([defineJob({ name: "note", schema: z.object({ text: z.string() }), handler: async (_db, data) => void received.push(data) })]);

describe("job runtime", () => {
  afterEach(async () => {
    await getJobQueue()?.stop();
    setJobQueue(null);
    process.env = { ...env };
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await getDatabase().close();
  });

  it("does nothing but warn once per job name before the runner starts", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await enqueue("note", { text: "a" });
    await enqueue("note", { text: "b" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(getJobQueue()).toBeNull();
  });

  it("sends through an injected queue", async () => {
    const sent: unknown[] = [];
    const fake: JobQueue = { send: async (...args) => void sent.push(args), stop: async () => {} };
    setJobQueue(fake);
    await enqueue("note", { text: "hi" }, { singletonKey: "k" });
    expect(sent).toEqual([["note", { text: "hi" }, { singletonKey: "k" }]]);
    expect(await startJobs()).toBe(fake);
  });

  it("starts once, in process on the embedded database, and runs jobs sent while it was starting", async () => {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = "memory://";
    const starting = startJobs();
    await enqueue("note", { text: "ran" });
    const [first, second] = await Promise.all([starting, startJobs()]);
    expect(first).toBe(second);
    await waitFor(() => received.length === 1);
    expect(received).toEqual([{ text: "ran" }]);
  });

  it("logs a runner that cannot start and keeps going with one that drops sends", async () => {
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:9/nowhere";
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const queue = await startJobs();
    expect(error.mock.calls[0]![0]).toMatch(/pg-boss on PostgreSQL \(host 127\.0\.0\.1, port 9, database nowhere\) could not start: .*keeps serving/);
    await expect(queue.send("note", { text: "lost" })).resolves.toBeUndefined();
  });
});
