/** Runs once when the server starts: an unreachable DATABASE_URL stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { exitWhenUnreachable } = await import("@/lib/db/reachability");
  await exitWhenUnreachable(process.env.DATABASE_URL);
}
