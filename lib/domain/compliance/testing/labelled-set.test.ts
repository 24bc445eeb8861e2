import { describe, expect, it } from "vitest";
import { parseLabelledSet } from "./labelled-set";

describe("labelled set", () => {
  it("reads one message a line and skips blank lines", () => {
    const jsonl = '{"text":"STOP","direction":"inbound","channel":"SMS","fairHousing":"ok","optOut":true}\n\n';
    expect(parseLabelledSet(jsonl, "set.jsonl")).toEqual([{ text: "STOP", direction: "inbound", channel: "SMS", fairHousing: "ok", optOut: true }]);
  });

  it("names the line and the field of a bad entry", () => {
    const jsonl = '{"text":"Hi","direction":"outbound","channel":"SMS","fairHousing":"ok","optOut":false}\n{"text":"Hi","direction":"sideways","channel":"SMS","fairHousing":"ok","optOut":false}';
    expect(() => parseLabelledSet(jsonl, "set.jsonl")).toThrow('set.jsonl line 2, direction: direction must be "inbound" or "outbound"');
    expect(() => parseLabelledSet("{nope", "set.jsonl")).toThrow("set.jsonl line 1: not valid JSON");
  });
});
