/**
 * The sentence for the person behind a failed sign-in, from the Auth.js error that reported
 * it: the service's own sentence when it carries one (a SignInRefused), the fallback for a
 * plain credentials failure, and "unavailable" for anything else.
 */
export function refusalMessage(error: { type?: string; reason?: unknown }, fallback: string): string {
  if (error.type === "CredentialsSignin") return typeof error.reason === "string" ? error.reason : fallback;
  return "Sign-in is unavailable right now; try again in a minute.";
}
