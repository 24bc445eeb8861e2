/**
 * A worker process for the pg-boss tests: runs the "record" job (one job_runs row per run, tagged
 * with this worker's label) on the given PostgreSQL URL, prints "ready" once polling, and stops
 * cleanly on SIGTERM. Usage: recording-worker.ts <url> <label>
 */
import { openDatabase } from "@/lib/db/client";
import { startPgBossQueue } from "../pg-boss-queue";
import { recordingJob } from "./job-runs";

const [url, label] = process.argv.slice(2);
const database = openDatabase({ url, max: 5 });
const queue = await startPgBossQueue(url!, database.db, [recordingJob("record", label!)], { pollingIntervalSeconds: 0.5 });
console.log("ready");
process.once("SIGTERM", async () => {
  await queue.stop();
  await database.close();
  process.exit(0);
});
