/**
 * Runs once when the server starts: an unreachable DATABASE_URL stops it with a clear message,
 * then the request worker begins routing any client requests left waiting and the background job
 * runner starts (a runner that cannot start is logged and the server keeps serving).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DATABASE_URL) {
    const { exitWhenUnreachable } = await import("@/lib/db/reachability");
    await exitWhenUnreachable(process.env.DATABASE_URL);
  }
  const { startRequestWorker } = await import("@/lib/services/request-worker");
  startRequestWorker();
  const { startJobs } = await import("@/lib/jobs/runtime");
  const { COORDINATION_JOBS } = await import("@/lib/services/background-jobs");
  await startJobs(COORDINATION_JOBS);
}
