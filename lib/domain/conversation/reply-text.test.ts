import { describe, expect, it } from "vitest";
import { composeSms, replyPart } from "./reply-text";

describe("reply text from templates", () => {
  it("uses the organization's stored template when it renders", () => {
    const part = replyPart("ask.price", "en", { firstName: "Ana" }, [{ key: "ask.price", language: "en", body: "{{firstName}}, what price feels right?" }]);
    expect(part).toEqual({ key: "ask.price", text: "Ana, what price feels right?", problem: null });
  });

  it("falls back to the default, saying why, when the stored one is broken or too long", () => {
    const broken = replyPart("ask.price", "es", { firstName: "Ana" }, [{ key: "ask.price", language: "es", body: "{{nombre}}, ¿qué precio?" }]);
    expect(broken?.text).toMatch(/^Una última por ahora/);
    expect(broken?.problem).toMatch(/Unknown placeholder "\{\{nombre\}\}"/);
    const long = replyPart("ask.price", "en", { firstName: "Ana" }, [{ key: "ask.price", language: "en", body: "a".repeat(400) }]);
    expect(long?.problem).toMatch(/400 characters, over 320/);
  });

  it("has no text for a key it does not know", () => {
    expect(replyPart("promo.spring", "en", {}, [])).toBeNull();
  });

  it("joins parts while they fit one SMS", () => {
    const a = { key: "a", text: "x".repeat(200), problem: null };
    const b = { key: "b", text: "y".repeat(100), problem: null };
    const c = { key: "c", text: "z".repeat(100), problem: null };
    expect(composeSms([a, b]).text).toHaveLength(301);
    expect(composeSms([a, b, c]).used.map((p) => p.key)).toEqual(["a", "b"]);
  });
});
