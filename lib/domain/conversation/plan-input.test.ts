import { describe, expect, it } from "vitest";
import { parsePlanReplyInput } from "./plan-input";

const valid = {
  now: new Date("2026-01-15T18:00:00Z"),
  conversation: { state: "active", lastQuestion: null },
  client: { firstName: "Ana", pipeline: "seller", type: "seller", stage: "New Lead", timeZone: "America/Los_Angeles" },
  message: { text: "hi" },
  signals: {},
};

describe("the decision's input", () => {
  it("fills defaults for signals, answers and templates", () => {
    const parsed = parsePlanReplyInput(valid);
    expect(parsed.ok && parsed.value.signals).toEqual({ optOut: false, optIn: false, asksIfBot: false, escalations: [], isFirstMessage: false });
    expect(parsed.ok && parsed.value.client.answers).toEqual([]);
  });

  it("says what is wrong, with the path", () => {
    const parsed = parsePlanReplyInput({ ...valid, conversation: { state: "talking", lastQuestion: "zip" }, client: { ...valid.client, timeZone: "Mars/Base" } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      "conversation.state: conversation.state must be one of active, handed_off, escalated, opted_out, paused",
      expect.stringMatching(/^conversation\.lastQuestion: /),
      "client.timeZone: client.timeZone must be an IANA time zone such as America/Los_Angeles",
    ]);
  });
});
