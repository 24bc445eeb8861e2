import postgres from "postgres";
import { describeDatabaseUrl } from "./client";

/**
 * Connects once to a PostgreSQL URL and throws an error naming host, port and database (never
 * the password) when it cannot, so a misconfigured start fails at once and says where it looked.
 */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    const reason = error instanceof Error ? (error as Error & { code?: string }).code ?? error.message : String(error);
    throw new Error(`Cannot reach PostgreSQL at ${describeDatabaseUrl(url)} (${reason}). Check DATABASE_URL, or unset it to use the embedded database.`);
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/** Stops the process with exit code 1 and the reason when the database cannot be reached. */
export async function exitWhenUnreachable(url: string): Promise<void> {
  try {
    await assertDatabaseReachable(url);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
