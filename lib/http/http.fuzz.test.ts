import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCleanText } from "@/lib/domain/input/clean-text";
import { bodyText, nastyString } from "@/lib/domain/input/testing/arbitraries";
import { fuzzSuite } from "@/lib/domain/input/testing/fuzz";
import { cleanFormData } from "./form-action";
import { readBodyBytes } from "./read-body";
import { readJsonBody } from "./read-json";
import { chunkedRequest } from "./testing/streams";

const fuzz = fuzzSuite("body reader, JSON reader, form cleaner");
const url = "http://console.test/api";

const chunked = fc.record({ chunks: fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 30 }), limit: fc.integer({ min: 0, max: 4000 }) });

describe("fuzzing the HTTP edge", () => {
  it("readBodyBytes answers the whole body within the limit, else 413 having read little past it", async () => {
    await fuzz.check(chunked, async ({ chunks, limit }) => {
      const { request, seen } = chunkedRequest(url, () => chunks[Symbol.iterator]());
      const total = chunks.reduce((n, c) => n + c.byteLength, 0);
      const read = await readBodyBytes(request, limit);
      if (total <= limit) expect(read).toEqual({ ok: true, bytes: Buffer.concat(chunks) });
      else {
        expect(read).toMatchObject({ ok: false, status: 413 });
        expect(seen.pulled).toBeLessThanOrEqual(limit + 2 * 300);
      }
    }, 300);
  });

  it("readJsonBody never throws, whatever the bytes", async () => {
    await fuzz.check(bodyText({ a: [1, "x"], b: { c: null } }), async (body) => {
      const read = await readJsonBody(new Request(url, { method: "POST", body: Buffer.from(body) }), 2048);
      if (!read.ok) expect([400, 413]).toContain(read.status);
      if (!read.ok) expect(read.error).toMatch(/\S/);
    }, 300);
  });

  it("cleanFormData keeps each text field, cleaned, and nothing else", async () => {
    const entries = fc.array(fc.tuple(nastyString, fc.oneof(nastyString, fc.constant<null>(null))), { maxLength: 12 });
    await fuzz.check(entries, (list) => {
      const form = new FormData();
      for (const [name, value] of list) {
        if (value === null) form.append(name, new Blob(["file"]), "f.txt");
        else form.append(name, value);
      }
      const clean = [...cleanFormData(form).entries()];
      expect(clean).toHaveLength(list.filter(([, v]) => v !== null).length);
      for (const [name, value] of clean) {
        expect(isCleanText(name)).toBe(true);
        expect(typeof value === "string" && isCleanText(value)).toBe(true);
      }
    }, 300);
  });
});
