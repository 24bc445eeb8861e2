import { z } from "zod";
import { cleanText } from "./clean-text";

/**
 * A free-text search parameter of an address (?q=…): cleaned (see cleanText) and trimmed; a
 * value that is not one string of at most `max` characters is ignored, so a bad address shows
 * the unfiltered page instead of an error.
 */
export function searchText(max: number) {
  return z
    .string()
    .transform((value) => cleanText(value).trim())
    .pipe(z.string().max(max))
    .optional()
    .catch(undefined);
}

/**
 * One key of a page's search parameters as a single cleaned string, or undefined when it is
 * absent, repeated (an array) or not text.
 */
export function singleParam(params: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(params, key) ? params[key] : undefined;
  return typeof value === "string" ? cleanText(value) : undefined;
}
