import { describe, expect, it } from "vitest";
import type { Finding, Verdict } from "@/lib/domain/compliance/verdict";
import { isWarned, outboxStateFor } from "./outbox-state";

const finding = (severity: Finding["severity"]): Finding => ({ rule: "fair_housing", category: "familial_status", severity, excerpt: "great for families", explanation: "Describe the home, not who should live there." });
const verdict = (over: Partial<Verdict> = {}): Verdict => ({ allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [], ...over });
const connected = { notConnected: null };

describe("outboxStateFor", () => {
  it("blocks what the gate blocks, even when a person overrides", () => {
    const blocked = verdict({ allowed: false, fairHousing: "block", findings: [finding("block")] });
    expect(outboxStateFor(blocked, connected)).toEqual({ state: "blocked", lastError: null });
    expect(outboxStateFor(blocked, connected, true).state).toBe("blocked");
  });

  it("holds a warned message until a person says send anyway", () => {
    expect(outboxStateFor(verdict({ fairHousing: "warn", findings: [finding("warn")] }), connected).state).toBe("held");
    expect(outboxStateFor(verdict({ quietHours: true }), connected).state).toBe("held");
    expect(outboxStateFor(verdict({ findings: [finding("warn")] }), connected, true).state).toBe("queued");
  });

  it("says why a clean message cannot go out yet, else queues it", () => {
    expect(outboxStateFor(verdict(), { notConnected: "No GoHighLevel contact id" })).toEqual({ state: "not_connected", lastError: "No GoHighLevel contact id" });
    expect(outboxStateFor(verdict({ findings: [finding("info")] }), connected)).toEqual({ state: "queued", lastError: null });
  });

  it("counts only warnings as warnings", () => {
    expect(isWarned(verdict({ findings: [finding("info")] }))).toBe(false);
    expect(isWarned(verdict({ findings: [finding("warn")] }))).toBe(true);
  });
});
