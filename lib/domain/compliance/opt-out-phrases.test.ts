import { describe, expect, it } from "vitest";
import { foldText, matchSpans, phrase } from "./text-folding";
import { CONSENT_PHRASES, FIRST_PERSON_BEFORE, KEEPS_TEXTS, NEGATED_BEFORE, SOMEONE_ELSE } from "./opt-out-phrases";

const kinds = (text: string) => CONSENT_PHRASES.filter((p) => matchSpans(phrase(p.pattern), foldText(text)).length > 0).map((p) => `${p.kind}:${p.language}`);

describe("consent phrases", () => {
  it("match revocations and opt-ins in both languages", () => {
    expect(kinds("Please quit messaging me")).toEqual(["optOut:en"]);
    expect(kinds("Dejen de enviarme mensajes")).toEqual(["optOut:es"]);
    expect(kinds("Sáquenme de su lista")).toEqual(["optOut:es"]);
    expect(kinds("You can text me again")).toEqual(["optIn:en"]);
    expect(kinds("No me mande la de Fontana, ya la vi")).toEqual([]);
  });

  it("recognize the context that turns a match into something else", () => {
    expect(NEGATED_BEFORE.test("please don't ")).toBe(true);
    expect(FIRST_PERSON_BEFORE.test("should i ")).toBe(true);
    expect(FIRST_PERSON_BEFORE.test("can you ")).toBe(false);
    expect(SOMEONE_ELSE.test("unsubscribe me from the hoa newsletter")).toBe(true);
    expect(KEEPS_TEXTS.test("stop calling me, text only please")).toBe(true);
  });
});
