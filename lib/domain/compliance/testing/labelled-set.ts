/** The labelled message sets the two classifiers are measured on: one JSON object a line. */
import { z } from "zod";
import { REVIEW_CHANNELS } from "../review-input";

export const labelledMessageSchema = z.object({
  text: z.string().min(1, "text must not be empty"),
  direction: z.enum(["inbound", "outbound"], { error: 'direction must be "inbound" or "outbound"' }),
  channel: z.enum(REVIEW_CHANNELS, { error: `channel must be one of ${REVIEW_CHANNELS.join(", ")}` }),
  fairHousing: z.enum(["ok", "warn", "block"], { error: 'fairHousing must be "ok", "warn" or "block"' }),
  optOut: z.boolean({ error: "optOut must be true or false" }),
  note: z.string().optional(),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema>;

/** The messages of a JSONL labelled set; throws naming the line and field of the first bad entry. */
export function parseLabelledSet(jsonl: string, source: string): LabelledMessage[] {
  return jsonl.split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source} line ${i + 1}: not valid JSON; each line must be one object`);
    }
    const parsed = labelledMessageSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${source} line ${i + 1}, ${issue.path.join(".") || "entry"}: ${issue.message}`);
    }
    return [parsed.data];
  });
}
