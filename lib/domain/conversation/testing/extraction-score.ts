import { QUALIFICATION_FIELDS, type Pipeline, type QualificationField } from "../../team/vocabulary";
import type { ExtractedAnswer } from "../answer";

/** One labelled client reply: what was asked, and the answers a careful reader takes from it. */
export interface LabelledReply {
  text: string;
  pipeline: Pipeline;
  lastQuestion: QualificationField | null;
  language?: "en" | "es";
  expected: { field: QualificationField; value: Record<string, unknown> }[];
}

/** Parses a .jsonl file of labelled replies; a bad line throws with its line number. */
export function parseLabelled(jsonl: string): LabelledReply[] {
  return jsonl.split("\n").filter((l) => l.trim()).map((line, i) => {
    const row = JSON.parse(line) as LabelledReply;
    if (typeof row.text !== "string" || !Array.isArray(row.expected) || row.expected.some((e) => !QUALIFICATION_FIELDS.includes(e.field))) {
      throw new Error(`Line ${i + 1} is not a labelled reply: ${line}`);
    }
    return row;
  });
}

/** Days within 3 (or 5%), money exactly, text contained (case-insensitive), the rest equal. */
function close(expected: unknown, actual: unknown, key: string): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    return key === "days" ? Math.abs(expected - actual) <= Math.max(3, expected * 0.05) : expected === actual;
  }
  if (typeof expected === "string" && typeof actual === "string") return actual.toLowerCase().includes(expected.toLowerCase());
  return expected === actual;
}

/** Whether an extracted answer carries every expected key of the labelled value. */
export function matches(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([key, value]) => close(value, actual[key], key));
}

export interface FieldScore {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  expected: number;
  misses: string[];
}

/** Field-level precision and recall: an answer is right when its field is labelled and its value matches the label. */
export function scoreExtraction(rows: readonly LabelledReply[], extract: (row: LabelledReply) => ExtractedAnswer[]): FieldScore {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const got = extract(row);
    predicted += got.length;
    expected += row.expected.length;
    for (const want of row.expected) {
      const answer = got.find((a) => a.field === want.field);
      if (answer && matches(want.value, answer.value)) truePositives += 1;
      else misses.push(`${row.text} -> missed ${want.field} ${JSON.stringify(want.value)}, got ${JSON.stringify(answer?.value ?? null)}`);
    }
    for (const answer of got) {
      if (!row.expected.some((e) => e.field === answer.field)) misses.push(`${row.text} -> extra ${answer.field} ${JSON.stringify(answer.value)}`);
    }
  }
  return { precision: predicted ? truePositives / predicted : 1, recall: expected ? truePositives / expected : 1, truePositives, predicted, expected, misses };
}
