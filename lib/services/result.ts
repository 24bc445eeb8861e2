import type { z } from "zod";

/** What every service returns: data, or an error a person can act on with an HTTP-like status. */
export type Result<T> = { ok: true; data: T } | { ok: false; status: 400 | 401 | 403 | 404 | 409 | 422; error: string };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (status: 400 | 401 | 403 | 404 | 409 | 422, error: string): Result<never> => ({ ok: false, status, error });

/** Turns a zod failure into one readable sentence naming each bad field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}
