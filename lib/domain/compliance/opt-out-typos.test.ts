import { describe, expect, it } from "vitest";
import { looseKeyword } from "./opt-out-typos";

const KEYS = ["stop", "stop all", "end", "unsubscribe", "desuscribirme", "start"];

describe("loosely typed keywords", () => {
  it("reads held letters and spelled-out letters", () => {
    expect(looseKeyword("stopp", KEYS)).toBe("stop");
    expect(looseKeyword("stoppppp", KEYS)).toBe("stop");
    expect(looseKeyword("stopall", KEYS)).toBe("stop all");
    expect(looseKeyword("endd", KEYS)).toBe("end");
  });

  it("takes one slip in a long keyword", () => {
    expect(looseKeyword("unsubscibe", KEYS)).toBe("unsubscribe");
    expect(looseKeyword("unsuscribe", KEYS)).toBe("unsubscribe");
    expect(looseKeyword("unsbuscribe", KEYS)).toBe("unsubscribe");
    expect(looseKeyword("desuscribirm", KEYS)).toBe("desuscribirme");
  });

  it("takes no slip in a short keyword, and nothing two slips away", () => {
    expect(looseKeyword("step", KEYS)).toBeUndefined();
    expect(looseKeyword("and", KEYS)).toBeUndefined();
    expect(looseKeyword("stat", KEYS)).toBeUndefined();
    expect(looseKeyword("subscription", KEYS)).toBeUndefined();
    expect(looseKeyword("unsbscrbe", KEYS)).toBeUndefined();
  });
});
