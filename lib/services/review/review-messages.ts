import { z } from "zod";
import { reviewDoorInput } from "@/lib/domain/compliance/review-door";
import type { Verdict } from "@/lib/domain/compliance/verdict";
import { fail, ok, type Result } from "../result";

/** The most messages one call may review. */
export const MAX_REVIEW_BATCH = 500;

const batchSchema = z.object({
  messages: z.array(z.unknown(), { error: "messages must be a list of messages" }).min(1, "messages must hold at least one message").max(MAX_REVIEW_BATCH, `messages holds at most ${MAX_REVIEW_BATCH} messages; send the rest in another call`),
});

/**
 * The API's review: one message (an object with "text") answers {verdict}; {"messages": [...]}
 * (1 to 500) answers {verdicts} in the same order. A batch is reviewed whole or not at all:
 * a bad message is a 400 naming every bad field by its place (messages.3.channel). Nothing is
 * stored.
 */
export function reviewMessages(body: unknown, now = new Date()): Result<{ verdict: Verdict } | { verdicts: Verdict[] }> {
  if (typeof body === "object" && body !== null && !Array.isArray(body) && "messages" in body) {
    const batch = batchSchema.safeParse(body);
    if (!batch.success) return fail(400, batch.error.issues.map((issue) => issue.message).join("; "));
    const verdicts: Verdict[] = [];
    const errors: string[] = [];
    batch.data.messages.forEach((message, i) => {
      const review = reviewDoorInput(message, now, ["messages", i]);
      if (review.ok) verdicts.push(review.verdict);
      else errors.push(review.error);
    });
    return errors.length ? fail(400, errors.join("; ")) : ok({ verdicts });
  }
  const review = reviewDoorInput(body, now);
  return review.ok ? ok({ verdict: review.verdict }) : fail(400, review.error);
}
