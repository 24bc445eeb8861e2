/**
 * `npm run overseer -- --email jorge@example.com --name "Jorge Salas" [--languages en,es]`
 * creates the overseer's account and seat in the database of DATABASE_URL (or the embedded one).
 * `--reset-password` sets a new password for the existing overseer with that email and ends all
 * their sessions. On a terminal the password is asked twice and not echoed; otherwise (or with
 * --password-stdin) the first line of standard input is the password. The password is never
 * printed; every failure prints one line and exits non-zero.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { newPasswordProblem } from "@/lib/domain/auth/password-rules";
import { DEFAULT_DATA_DIR, openDatabase } from "@/lib/db/client";
import { assertDatabaseReachable } from "@/lib/db/reachability";
import { DEMO_PASSWORDS } from "@/lib/db/seed/accounts";
import { createOverseer } from "@/lib/services/setup/create-overseer";
import { resetOverseerPassword } from "@/lib/services/setup/reset-overseer-password";

const USAGE = 'usage: npm run overseer -- --email you@example.com --name "Your Name" [--languages en,es] [--reset-password] [--password-stdin]';

/** A failure to report in one line; `code` is the exit code. */
class CommandError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

function readOptions() {
  const options = {
    email: { type: "string" }, name: { type: "string" }, languages: { type: "string" },
    "reset-password": { type: "boolean" }, "password-stdin": { type: "boolean" }, help: { type: "boolean", short: "h" },
  } as const;
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    throw new CommandError(`${(error as Error).message.split(". ")[0]}; ${USAGE}`, 2);
  }
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let muted = false;
    const output = new Writable({
      write(chunk, encoding, done) {
        if (!muted) process.stderr.write(chunk, encoding);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.on("SIGINT", () => {
      rl.close();
      process.stderr.write("\n");
      reject(new CommandError("Cancelled; nothing was changed.", 130));
    });
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

/** The first line of standard input, without its line ending. */
async function readStdinLine(): Promise<string> {
  let text = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}

async function readPassword(email: string, fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const password = await readStdinLine();
    if (password === "") throw new CommandError(`No password on standard input: pipe it as one line, for example printf '%s\\n' "$PW" | npm run overseer -- --email ${email} ...`);
    return password;
  }
  const password = await askHidden("New password for the overseer (at least 12 characters): ");
  const problem = newPasswordProblem(password, { email, published: Object.values(DEMO_PASSWORDS) });
  if (problem) throw new CommandError(problem);
  if ((await askHidden("The same password again: ")) !== password) throw new CommandError("The two passwords differ; nothing was changed. Run the command again.");
  return password;
}

/** The embedded database serves one process at a time: refuse while another holds it. */
function assertEmbeddedFree(): void {
  const dir = path.resolve(process.env.PGLITE_DIR || DEFAULT_DATA_DIR);
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new CommandError(`There is no embedded database in ${dir} yet: run npm run db:setup (or npm start) first, or set DATABASE_URL.`);
  if (existsSync(path.join(dir, "postmaster.pid"))) {
    throw new CommandError(`The embedded database in ${dir} is open in another process: stop the console first (if nothing runs, npm run db:setup closes it cleanly), then run this command again.`);
  }
}

/** Turns a missing-table error into the step that is missing. */
function explain(error: unknown): string {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  if (code === "42P01") return "This database is not set up yet: run npm run db:setup (or npm start) first, then run this command again.";
  return error instanceof Error ? error.message : String(error);
}

async function main() {
  const options = readOptions();
  if (options.help) return void console.log(USAGE);
  if (!options.email) throw new CommandError(`Give the overseer's email with --email; ${USAGE}`, 2);
  const reset = options["reset-password"] === true;
  if (!reset && !options.name) throw new CommandError(`Give the overseer's name with --name; ${USAGE}`, 2);
  const url = process.env.DATABASE_URL || undefined;
  if (url) await assertDatabaseReachable(url);
  else assertEmbeddedFree();
  const password = await readPassword(options.email.trim().toLowerCase(), options["password-stdin"] === true);
  const languages = options.languages?.split(",").map((l) => l.trim()).filter(Boolean);
  const database = openDatabase({ url, dataDir: process.env.PGLITE_DIR || undefined, max: 2 });
  try {
    if (reset) {
      const result = await resetOverseerPassword(database.db, { email: options.email, password });
      if (!result.ok) throw new CommandError(result.error);
      const ended = result.data.sessionsEnded;
      console.log(`Set a new password for the overseer ${result.data.email} and ended ${ended} sign-in session${ended === 1 ? "" : "s"}.`);
      return;
    }
    const result = await createOverseer(database.db, { email: options.email, name: options.name, password, languages });
    if (!result.ok) throw new CommandError(result.error);
    const { name, email, markets } = result.data;
    console.log(`Created the overseer ${name} <${email}> with a seat covering all ${markets} markets (languages ${result.data.languages.join(", ")}). Sign in on the console with this email.`);
  } catch (error) {
    throw error instanceof CommandError ? error : new CommandError(explain(error));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CommandError ? error.message : explain(error));
  process.exit(error instanceof CommandError ? error.code : 1);
});
