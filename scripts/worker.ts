/**
 * A process that only runs background jobs, for deployments whose web processes start with
 * JOBS_DISABLED=true. Needs DATABASE_URL: the embedded database runs its jobs inside the console
 * process. Start it after the console has migrated the database; SIGTERM or SIGINT stops it after
 * the jobs in hand finish (up to 10 s).
 */
import { describeDatabaseUrl, openDatabase } from "@/lib/db/client";
import { assertDatabaseReachable } from "@/lib/db/reachability";
import { startPgBossQueue } from "@/lib/jobs/pg-boss-queue";
import { setJobQueue } from "@/lib/jobs/runtime";
import { COORDINATION_JOBS as JOBS } from "@/lib/services/background-jobs";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("npm run worker needs DATABASE_URL; with the embedded database the console runs its own jobs.");
  await assertDatabaseReachable(url);
  const database = openDatabase({ url });
  const queue = await startPgBossQueue(url, database.db, JOBS);
  setJobQueue(queue);
  console.log(`[jobs] worker running ${JOBS.length} job(s) on PostgreSQL (${describeDatabaseUrl(url)})`);
  const stop = async () => {
    await queue.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(`[jobs] worker could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
