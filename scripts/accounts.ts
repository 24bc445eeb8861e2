/**
 * The last thing `npm start` says before the console is ready: the demo sign-ins where the demo
 * team was loaded, otherwise how to sign in or how to create the overseer. It reads what the
 * database setup found from CONSOLE_SETUP_OUTCOME and shows no password when that is missing.
 */
import { z } from "zod";
import { DEMO_ACCOUNTS } from "@/lib/db/seed/accounts";
import { setupNotes, type SetupOutcome } from "@/lib/domain/setup/setup-notes";

const outcomeSchema = z.object({
  plan: z.enum(["demo", "organization"]),
  database: z.enum(["embedded", "postgres"]),
  demoAccounts: z.boolean(),
  overseer: z.boolean(),
});

function readOutcome(text: string | undefined): SetupOutcome | null {
  try {
    const parsed = outcomeSchema.safeParse(JSON.parse(text ?? ""));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const url = `http://localhost:${process.env.PORT || "3000"}`;
const outcome = readOutcome(process.env.CONSOLE_SETUP_OUTCOME);
const lines = outcome ? setupNotes(outcome, { url, demoSignIns: DEMO_ACCOUNTS }) : [`The console is at ${url}.`];
console.log(["", ...lines].join("\n"));
