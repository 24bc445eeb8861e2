import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { hasActiveOverseer } from "@/lib/db/queries/organizations";
import { users } from "@/lib/db/schema";
import { DEMO_ACCOUNTS } from "@/lib/db/seed/accounts";

export interface SetupStatus {
  /** Someone can sign in as overseer. */
  overseer: boolean;
  /** The demo sign-ins, whose passwords are published, exist and are not disabled. */
  demoAccounts: boolean;
}

/** What a start reports once the database is ready: is there an overseer, is the demo team here. */
export async function readSetupStatus(db: Db): Promise<SetupStatus> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email.toLowerCase());
  const demo = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(sql`lower(${users.email})`, emails), isNull(users.disabledAt)))
    .limit(1);
  return { overseer: await hasActiveOverseer(db), demoAccounts: demo.length > 0 };
}
