import { z } from "zod";
import { MOOD_LABELS } from "./mood-metrics";

const moodRow = z.object({
  text: z.string(),
  label: z.enum(MOOD_LABELS),
  language: z.enum(["en", "es"]),
  part: z.enum(["tuning", "held-out"]),
});
export type MoodRow = z.infer<typeof moodRow>;

/**
 * The labelled client messages of mood-set.jsonl, one JSON object a line. The held-out part was
 * written before the tuning part and no rule or word list was adjusted to it.
 */
export function parseMoodSet(jsonl: string): MoodRow[] {
  const lines = jsonl.split("\n").filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = moodRow.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`mood-set.jsonl line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}
