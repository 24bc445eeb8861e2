import { describe, expect, it } from "vitest";
import { accountKey, lockBefore, lockedMessage, scopesToLock, SIGN_IN_THROTTLE_POLICY as policy } from "./throttle-policy";

describe("sign-in throttle policy", () => {
  it("lets the allowed number of attempts through and refuses the one after", () => {
    expect(lockBefore(policy, [{ scope: "account", attempts: 5, msLeft: 60_000 }, { scope: "address", attempts: 5, msLeft: 60_000 }])).toBeNull();
    expect(lockBefore(policy, [{ scope: "account", attempts: 6, msLeft: 14 * 60_000 }, { scope: "address", attempts: 6, msLeft: 60_000 }])).toEqual({ scope: "account", retryAfterSeconds: 840 });
  });

  it("reports the longer wait when both counters are over", () => {
    const lock = lockBefore(policy, [{ scope: "account", attempts: 9, msLeft: 60_000 }, { scope: "address", attempts: 31, msLeft: 600_000 }]);
    expect(lock).toEqual({ scope: "address", retryAfterSeconds: 600 });
  });

  it("locks a scope on the failure that reaches its limit", () => {
    expect(scopesToLock(policy, [{ scope: "account", attempts: 4, msLeft: 1 }, { scope: "address", attempts: 4, msLeft: 1 }])).toEqual([]);
    expect(scopesToLock(policy, [{ scope: "account", attempts: 5, msLeft: 1 }, { scope: "address", attempts: 30, msLeft: 1 }])).toEqual(["account", "address"]);
  });

  it("counts an email however it is typed", () => {
    expect(accountKey("  Kevin@Salas.Example ")).toBe("kevin@salas.example");
  });

  it("says what happened and when to try again, in whole minutes", () => {
    expect(lockedMessage({ scope: "account", retryAfterSeconds: 900 })).toBe("Too many sign-in attempts for this email. Wait 15 minutes and try again.");
    expect(lockedMessage({ scope: "address", retryAfterSeconds: 30 })).toMatch(/^Too many sign-in attempts from this network\. Wait 1 minute and/);
    expect(lockedMessage({ scope: "account", retryAfterSeconds: 61 })).toMatch(/Wait 2 minutes/);
  });
});
