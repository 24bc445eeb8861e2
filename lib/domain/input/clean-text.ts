/** NUL is the one character PostgreSQL can store neither in text (22021) nor in jsonb (22P05). */
const NUL = /\u0000/g;

/**
 * Text as PostgreSQL can store it, with nothing else changed: NULs are removed and lone
 * surrogates (half of a broken emoji, which PostgreSQL refuses in jsonb with 22P02) become
 * U+FFFD. A lead whose message carries either still arrives, with the rest of their words.
 */
export function cleanText(value: string): string {
  return value.replace(NUL, "").toWellFormed();
}

/** True when cleanText would leave the text as it is. */
export function isCleanText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * A parsed JSON value with every string cleaned (see cleanText), object keys included; the
 * shape, numbers, booleans and nulls are kept. Values other than plain objects and arrays pass
 * through unchanged. It recurses once per level, so give it values whose depth is already
 * bounded, as parseJsonInput does. A key "__proto__" stays an ordinary key.
 */
export function cleanJson(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value === null || typeof value !== "object" || !isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [cleanText(key), cleanJson(inner)]));
}
