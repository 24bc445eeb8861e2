import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanJson, cleanText, isCleanText } from "./clean-text";
import { jsonNestingDepth, MAX_JSON_DEPTH } from "./json-depth";
import { parseJsonInput } from "./parse-json";
import { boundedDate } from "./bounded-date";
import { bodyText, deepJsonText, farDate, fieldValue, nastyString } from "./testing/arbitraries";
import { fuzzSuite } from "./testing/fuzz";

const fuzz = fuzzSuite("input cleaning and JSON parsing");

/** True when every string of a value, keys included, is clean. */
function allClean(value: unknown): boolean {
  if (typeof value === "string") return isCleanText(value);
  if (Array.isArray(value)) return value.every(allClean);
  if (value && typeof value === "object") return Object.entries(value).every(([k, v]) => isCleanText(k) && allClean(v));
  return true;
}

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (value && typeof value === "object") return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

const text = (v: string | Uint8Array) => (typeof v === "string" ? v : Buffer.from(v).toString("utf8"));

describe("fuzzing the input edge", () => {
  it("cleanText leaves clean text, is idempotent, and drops only NULs", async () => {
    await fuzz.check(nastyString, (s) => {
      const clean = cleanText(s);
      expect(isCleanText(clean)).toBe(true);
      expect(cleanText(clean)).toBe(clean);
      expect(clean.length).toBe(s.length - (s.match(/\u0000/g)?.length ?? 0));
      if (isCleanText(s)) expect(clean).toBe(s);
    }, 400);
  });

  it("the depth scanner agrees with the parsed value's depth", async () => {
    await fuzz.check(fc.jsonValue({ maxDepth: 8 }), (v) => {
      expect(jsonNestingDepth(JSON.stringify(v))).toBe(depthOf(v));
    }, 300);
  });

  it("parseJsonInput never throws: clean values within the depth limit, or a refusal that says why", async () => {
    const anyBody = fc.oneof(bodyText({ contact: { id: "c_1", firstName: "Ana", tags: ["buyer"] }, message: { body: "Hola" } }), deepJsonText, fc.string({ unit: "binary" }));
    await fuzz.check(anyBody, (body) => {
      const raw = text(body);
      const parsed = parseJsonInput(raw);
      let plain: unknown;
      let valid = true;
      try {
        plain = JSON.parse(raw);
      } catch {
        valid = false;
      }
      if (parsed.ok) {
        expect(allClean(parsed.value)).toBe(true);
        expect(depthOf(parsed.value)).toBeLessThanOrEqual(MAX_JSON_DEPTH);
        expect(parsed.value).toEqual(cleanJson(plain));
      } else {
        expect(parsed.error).toMatch(valid ? /levels deep/ : /^(Malformed JSON: |The JSON nests)/);
      }
    }, 400);
  });

  it("boundedDate answers a date in range or a message, for any value", async () => {
    const due = boundedDate("Give a due date and time");
    await fuzz.check(fc.oneof(farDate, fieldValue), (value) => {
      const r = due.safeParse(value);
      if (r.success) expect(r.data.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
      if (r.success) expect(r.data.getUTCFullYear()).toBeLessThanOrEqual(2200);
      else expect(r.error.issues[0]?.message).toMatch(/^Give a due date and time/);
    }, 400);
  });
});
