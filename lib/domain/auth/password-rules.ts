/**
 * The rules every new password meets, whoever sets it (the overseer's first-run command, a
 * password change on the Account page): long enough, no longer than bcrypt reads, not a
 * published demo password and not the account's own email.
 */

/** The shortest new password the console accepts. */
export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads only the first 72 bytes of a password; longer ones would be cut silently. */
export const MAX_PASSWORD_BYTES = 72;

export interface PasswordContext {
  /** The account's email; the password may not be the same text. */
  email: string;
  /** Passwords that are published (the demo sign-ins) and so may never be used. */
  published: readonly string[];
}

export interface PasswordChange {
  current: string;
  next: string;
  confirm: string;
}

export type PasswordField = keyof PasswordChange;
export type PasswordProblems = Partial<Record<PasswordField, string>>;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Why a new password is not good enough, or null when it meets every rule. */
export function newPasswordProblem(password: string, context: PasswordContext): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}); a few words with spaces work well.`;
  if (utf8Bytes(password) > MAX_PASSWORD_BYTES) return `Use at most ${MAX_PASSWORD_BYTES} bytes (bcrypt ignores the rest; letters with accents and other scripts count as 2 or more).`;
  if (context.published.some((p) => same(p, password))) return "That is one of the demo passwords, which are published; choose a password of your own.";
  if (context.email.trim() !== "" && same(context.email, password)) return "The password must not be the email address; choose another.";
  return null;
}

/**
 * What is wrong with a password change before any hash is compared, per field, so a form can
 * show each message beside its field. An empty object means the change may go ahead.
 */
export function passwordChangeProblems(change: PasswordChange, context: PasswordContext): PasswordProblems {
  const problems: PasswordProblems = {};
  if (change.current === "") problems.current = "Enter your current password.";
  const next = newPasswordProblem(change.next, context) ?? (change.next === change.current ? "Choose a password different from your current one." : null);
  if (next) problems.next = next;
  if (change.confirm !== change.next) problems.confirm = "The two new passwords differ; type the same password in both.";
  return problems;
}
