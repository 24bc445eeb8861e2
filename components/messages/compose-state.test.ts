import { describe, expect, it } from "vitest";
import { outcomeWords, type ComposeOutcome } from "./compose-state";

const base: ComposeOutcome = { messageId: "m", state: "queued", body: "Hi", findings: [], lastError: null, noContact: false, noConnection: false };
const finding = (severity: "block" | "warn", explanation: string) => ({ severity, rule: "fair_housing", category: "familial_status", excerpt: "no kids", explanation, suggestion: null });

describe("the compose panel's outcome in words", () => {
  it("says a blocked message was not sent, with the first blocking reason", () => {
    expect(outcomeWords({ ...base, state: "blocked", findings: [finding("warn", "A warning."), finding("block", "Refusing households with children is discrimination.")] }))
      .toBe("Not sent: Refusing households with children is discrimination.");
  });

  it("names why a saved message was not sent: the location's connection, the contact id, or both", () => {
    expect(outcomeWords({ ...base, state: "not_connected", noConnection: true })).toBe("Saved, not sent: GoHighLevel is not connected for this client's location (Settings > GoHighLevel sending).");
    expect(outcomeWords({ ...base, state: "not_connected", noContact: true })).toBe("Saved, not sent: the client has no GoHighLevel contact id.");
    expect(outcomeWords({ ...base, state: "not_connected", noContact: true, noConnection: true })).toContain("(Settings > GoHighLevel sending); and the client has no GoHighLevel contact id.");
  });

  it("says a held, queued or failed message's next step", () => {
    expect(outcomeWords({ ...base, state: "held" })).toContain("Send it anyway, or edit it");
    expect(outcomeWords(base)).toBe("Queued; it will show as sent or delivered below.");
    expect(outcomeWords({ ...base, state: "failed", lastError: "GoHighLevel answered 422" })).toBe("Failed: GoHighLevel answered 422.");
  });
});
