import { describe, expect, it } from "vitest";
import { MAX_PASSWORD_BYTES, newPasswordProblem, passwordChangeProblems } from "./password-rules";

const context = { email: "jorge@example.com", published: ["jorge-demo-2026", "team-demo-2026"] };
const good = { current: "old password here", next: "a brand new passphrase", confirm: "a brand new passphrase" };

describe("new password rules", () => {
  it("accept a long password of one's own", () => {
    expect(newPasswordProblem("river stone lantern 42", context)).toBeNull();
    expect(newPasswordProblem("exactly12chr", context)).toBeNull();
  });

  it("refuse a password shorter than 12 characters and say how long it was", () => {
    expect(newPasswordProblem("", context)).toMatch(/at least 12 characters \(this one has 0\)/);
    expect(newPasswordProblem("eleven-char", context)).toContain("this one has 11");
  });

  it("count characters for the minimum and bytes for the maximum bcrypt reads", () => {
    expect(newPasswordProblem("ñañañañañaña", context)).toBeNull();
    expect(newPasswordProblem("a".repeat(MAX_PASSWORD_BYTES), context)).toBeNull();
    expect(newPasswordProblem("a".repeat(MAX_PASSWORD_BYTES + 1), context)).toContain("at most 72 bytes");
    expect(newPasswordProblem("é".repeat(40), context)).toContain("at most 72 bytes");
  });

  it("refuse the published demo passwords and the email, whatever their case", () => {
    expect(newPasswordProblem("TEAM-DEMO-2026", context)).toContain("demo passwords");
    expect(newPasswordProblem(" Jorge@Example.com ", context)).toContain("email address");
  });
});

describe("password change rules", () => {
  it("accept a long enough new password typed twice", () => {
    expect(passwordChangeProblems(good, context)).toEqual({});
  });

  it("name each field that is wrong", () => {
    expect(passwordChangeProblems({ current: "", next: "short", confirm: "other" }, context)).toEqual({
      current: expect.stringMatching(/current password/),
      next: expect.stringMatching(/at least 12 characters/),
      confirm: expect.stringMatching(/differ/),
    });
  });

  it("refuse the current password, a published password or the email as the new one", () => {
    expect(passwordChangeProblems({ current: good.next, next: good.next, confirm: good.next }, context)).toEqual({ next: expect.stringMatching(/different from your current/) });
    expect(passwordChangeProblems({ ...good, next: "jorge-demo-2026", confirm: "jorge-demo-2026" }, context).next).toMatch(/demo passwords/);
    expect(passwordChangeProblems({ ...good, next: "jorge@example.com", confirm: "jorge@example.com" }, context).next).toMatch(/email address/);
  });
});
