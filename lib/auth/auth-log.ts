/**
 * Auth.js errors that are normal events rather than server faults: a wrong password or a
 * locked sign-in, an expired or tampered session cookie, and a forged or malformed request to
 * its routes (no CSRF token, an unknown action), which anyone can send to fill the log. They are told apart by their
 * static `type`, which survives minification; the class name does not.
 */
const ROUTINE_AUTH_ERRORS: ReadonlySet<string> = new Set(["CredentialsSignin", "JWTSessionError", "MissingCSRF", "UnknownAction"]);

/** True for an Auth.js error the server log does not need. */
export function isRoutineAuthError(error: unknown): boolean {
  const type = typeof error === "object" && error !== null ? (error as { type?: unknown }).type : undefined;
  return typeof type === "string" && ROUTINE_AUTH_ERRORS.has(type);
}

/** The Auth.js error logger: routine errors are dropped, every other one is logged whole. */
export function logAuthError(error: Error): void {
  if (isRoutineAuthError(error)) return;
  console.error("[auth]", error);
}
