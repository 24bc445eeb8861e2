import fc from "fast-check";

/** Characters that break naive input handling: NUL, lone surrogates, joiners, quotes, wildcards. */
export const nastyChar = fc.constantFrom(
  "\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "😀", "😀".slice(0, 1), "😀".slice(1), "👩‍👩‍👧", "\u202E", "\uFEFF", "\u200B",
  "'", '"', "\\", "%", "_", "<", "{", "[", "\n", "\r", "\t", "é", "名", "\u0007", "\uFFFF",
);

/** A string that exceeds any field's limit: 5,000 to 300,000 repeats of one (possibly nasty) character. */
export const hugeString = fc.tuple(fc.integer({ min: 5_000, max: 300_000 }), fc.constantFrom("x", "é", "😀", "\u0000", "\uD83D")).map(([n, c]) => c.repeat(n));

/** Text mixing ordinary characters with the ones that break inputs, from empty to huge. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), nastyChar), maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000", "\uD83D", "null", "undefined", "__proto__", "constructor", "toString", "0", "-1", "1e400", "NaN") },
  { weight: 1, arbitrary: hugeString },
);

/** Ids that look like UUIDs but name nothing, or almost look like one. */
export const wrongUuid: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `${u}\u0000`),
  fc.uuid().map((u) => u.slice(1)),
  fc.uuid().map((u) => ` ${u} `),
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "1; drop table clients"),
);

/** Dates JavaScript accepts and PostgreSQL or people would not: the extremes of Date, impossible days, odd text. */
export const farDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "-271821-04-20T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", 8.64e15, -8.64e15, "0000-01-01T00:00", "9999-12-31T23:59", "1899-12-31T23:59:59Z",
    "2201-01-01", "275760-09-13", "2026-02-30T10:00", "2026-13-01T10:00", "2026-06-01T24:00", "Infinity", "NaN", "yesterday", "", "12345678901234567890",
  ),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
);

/** Values of every JavaScript type, nested a little, including the awkward ones (null prototypes, boxed values, sparse arrays). */
export const wrongType: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withBigInt: true, withSparseArray: true, withTypedArray: true, withObjectString: true,
});

/** Any value a field might be sent: nasty text, wrong ids, far dates, wrong types, numbers at the edges. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: wrongUuid },
  { weight: 2, arbitrary: farDate },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, -0, 1e21, true, false, null, [], {}) },
);

type Path = (string | number)[];

/** Every path into a JSON-like value (objects and arrays), inner nodes included, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...prefix, key], ...pathsOf(inner, [...prefix, key])]);
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined), root);
  if (parent !== null && typeof parent === "object") (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
}

/**
 * A valid example with up to three of its fields (at any depth) replaced by a fieldValue or
 * removed, so most cases get past the first check and reach the code behind it.
 */
export function mutated(template: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(template);
  if (paths.length === 0) return fc.oneof(fc.constant(template), fieldValue);
  const change = fc.tuple(fc.constantFrom(...paths), fc.oneof({ weight: 6, arbitrary: fieldValue }, { weight: 1, arbitrary: fc.constant(undefined) }));
  return fc.array(change, { maxLength: 3 }).map((changes) => {
    const copy = structuredClone(template);
    for (const [path, value] of changes) setAt(copy, path, value);
    return copy;
  });
}

/** JSON text nested `depth` levels deep, as arrays or as objects. */
export const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 33, max: 6_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth)));

/** JSON text of any value fast-check makes (BigInts as their digits; undefined as null). */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
}

/** Bodies as a door receives them: JSON of nasty values, deep JSON, malformed text, raw bytes (invalid UTF-8 included). */
export function bodyText(valid: unknown): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(valid).map(toJsonText) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: deepJsonText },
    { weight: 1, arbitrary: nastyString },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  );
}
