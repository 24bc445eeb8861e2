import { describe, expect, it } from "vitest";
import { isJsonObject, parseJsonInput } from "./parse-json";

describe("parsing a JSON body for any door", () => {
  it("parses and cleans what PostgreSQL could not store", () => {
    expect(parseJsonInput('{"message":"Hola\\u0000 \\ud83d"}')).toEqual({ ok: true, value: { message: "Hola \uFFFD" } });
  });

  it("refuses nesting deeper than 32 levels before parsing, and says so", () => {
    expect(parseJsonInput("[".repeat(32) + "]".repeat(32)).ok).toBe(true);
    const deep = parseJsonInput('{"a":' + "[".repeat(5000) + "]".repeat(5000) + "}");
    expect(deep).toEqual({ ok: false, error: expect.stringMatching(/more than 32 levels deep/) });
  });

  it("answers the parser's reason for malformed JSON", () => {
    expect(parseJsonInput("{not json")).toEqual({ ok: false, error: expect.stringMatching(/^Malformed JSON: /) });
  });

  it("tells a JSON object from null, arrays and scalars", () => {
    expect([{}, null, [], "x", 1].map(isJsonObject)).toEqual([true, false, false, false, false]);
  });
});
