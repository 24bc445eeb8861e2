/**
 * What a start or `npm run db:setup` tells the operator once the database is ready: the demo
 * sign-ins only where the demo team was loaded, and the way to create the overseer where none
 * exists yet. Published passwords are never shown for a database that does not use them.
 */

/** The command that creates the overseer's account, with placeholders to replace. */
export const OVERSEER_COMMAND_EXAMPLE = 'npm run overseer -- --email you@example.com --name "Your Name"';

/** What the database setup found once it finished. */
export interface SetupOutcome {
  plan: "demo" | "organization";
  database: "embedded" | "postgres";
  /** The demo sign-ins exist in this database. */
  demoAccounts: boolean;
  /** Someone can sign in as overseer. */
  overseer: boolean;
}

export interface DemoSignIn {
  role: string;
  email: string;
  password: string;
}

/** The block that says there is no overseer yet and gives the command that creates one. */
export function noOverseerNotes(database: SetupOutcome["database"]): string[] {
  const where = database === "postgres" ? "with the same DATABASE_URL" : "after stopping the console (the embedded database serves one process at a time)";
  return [
    "This console has no overseer yet. Create the overseer's account on this server, " + where + ":",
    `  ${OVERSEER_COMMAND_EXAMPLE}`,
    "It asks for the password twice (at least 12 characters), or reads it from standard input when piped.",
  ];
}

/** The closing lines for an outcome; `url` is where the console serves, when it does. */
export function setupNotes(outcome: SetupOutcome, options: { url?: string; demoSignIns: readonly DemoSignIn[] }): string[] {
  const at = options.url ? `The console is at ${options.url}. ` : "";
  const lines: string[] = [];
  if (outcome.demoAccounts && outcome.plan === "demo") {
    lines.push(`${at}Sign in with:`);
    for (const a of options.demoSignIns) lines.push(`  ${a.role.padEnd(9)} ${a.email.padEnd(26)} password ${a.password}`);
    return lines;
  }
  if (outcome.demoAccounts) {
    lines.push("Warning: this database holds the demo team, whose passwords are published. Do not use it for the real team.");
  }
  if (!outcome.overseer) return [...lines, ...noOverseerNotes(outcome.database)];
  if (at) lines.push(`${at}Sign in with the overseer's account.`);
  return lines;
}
