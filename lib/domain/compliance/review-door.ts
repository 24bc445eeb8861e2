import type { z } from "zod";
import { reviewMessage } from "./review";
import { reviewInputSchema } from "./review-input";
import type { Verdict } from "./verdict";

/** A reviewed message as the doors answer it, or what was wrong with the input. */
export type DoorReview = { ok: true; verdict: Verdict } | { ok: false; error: string };

type Path = readonly (string | number)[];

/** "messages.3.direction: ..." or the bare message when there is no field to name. */
const at = (path: Path, message: string) => (path.length ? `${path.join(".")}: ${message}` : message);

/** One sentence naming each bad field (below `path`, such as ["messages", 3]) and what it should be. */
export function describeInputIssues(error: z.ZodError, path: Path = []): string {
  return error.issues.map((issue) => at([...path, ...issue.path.map(String)], issue.message)).join("; ");
}

/**
 * Reviews one message as the doors receive it (`npm run review`, POST
 * /api/v1/messages/review): checked against reviewInputSchema, then reviewed without context.
 */
export function reviewDoorInput(value: unknown, now: Date, path: Path = []): DoorReview {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: at(path, 'give one JSON object such as {"text": "...", "direction": "outbound", "channel": "SMS"}') };
  }
  const parsed = reviewInputSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeInputIssues(parsed.error, path) };
  return { ok: true, verdict: reviewMessage(parsed.data, undefined, now) };
}

/**
 * One line of `npm run review`: a JSON message in, its verdict (or {"error"}) as one JSON line
 * out, without the newline. `lineNumber` (from 1) goes into errors so a caller can find the line.
 */
export function reviewLine(line: string, lineNumber: number, now: Date): string {
  if (line.trim() === "") return JSON.stringify({ error: `line ${lineNumber} is empty: give one JSON message per line` });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ error: `line ${lineNumber} is not JSON (${error instanceof Error ? error.message : String(error)}): give one JSON object per line` });
  }
  const review = reviewDoorInput(value, now);
  return JSON.stringify(review.ok ? review.verdict : { error: `line ${lineNumber}: ${review.error}` });
}
