import { cleanJson, cleanText } from "./clean-text";
import { jsonNestingDepth, MAX_JSON_DEPTH } from "./json-depth";

export type JsonInput = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Parses a JSON body the way every door needs it: a body nested deeper than maxDepth is refused
 * before parsing (so nothing recursive downstream can overflow), malformed JSON is refused with
 * the parser's reason, and every string of the result is cleaned (see cleanJson) so PostgreSQL
 * can store it.
 */
export function parseJsonInput(text: string, maxDepth = MAX_JSON_DEPTH): JsonInput {
  if (jsonNestingDepth(text, maxDepth) > maxDepth) {
    return { ok: false, error: `The JSON nests objects and arrays more than ${maxDepth} levels deep; at most ${maxDepth} are accepted` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: cleanText(`Malformed JSON: ${error instanceof Error ? error.message : String(error)}`) };
  }
  return { ok: true, value: cleanJson(value) };
}

/** True for a JSON object (not null, not an array), the only top-level shape the doors accept. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
