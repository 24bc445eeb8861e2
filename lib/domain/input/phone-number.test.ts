import { describe, expect, it } from "vitest";
import { toE164 } from "./phone-number";

describe("toE164", () => {
  it("reads US numbers however they are typed, and other countries by their code", () => {
    for (const typed of ["(909) 555-0142", "909.555.0142", "909-555-0142", "9095550142", "+1 909 555 0142", "1 (909) 555-0142", " +19095550142 "]) {
      expect(toE164(typed)).toEqual({ ok: true, e164: "+19095550142" });
    }
    expect(toE164("+52 55 1234 5678")).toEqual({ ok: true, e164: "+525512345678" });
    expect(toE164("55 1234 5678", "MX")).toEqual({ ok: true, e164: "+525512345678" });
  });

  it("drops an extension, which E.164 has no place for", () => {
    expect(toE164("(909) 555-0142 ext. 12")).toEqual({ ok: true, e164: "+19095550142" });
  });

  it("refuses what cannot be a phone number, saying why", () => {
    expect(toE164("")).toMatchObject({ ok: false, error: expect.stringContaining("Enter a phone number") });
    expect(toE164("call me")).toMatchObject({ ok: false, error: expect.stringContaining("has no digits") });
    expect(toE164("555-0142")).toMatchObject({ ok: false, error: expect.stringMatching(/^Enter a phone number with its area code: "555-0142" is too short/) });
    expect(toE164("909 555 0142 12345")).toMatchObject({ ok: false, error: expect.stringContaining("is too long") });
    expect(toE164("+999 123 456 789")).toMatchObject({ ok: false, error: expect.stringContaining("real country code") });
    expect(toE164("(123) 555-0142")).toMatchObject({ ok: false, error: expect.stringContaining("not assigned") });
  });
});
