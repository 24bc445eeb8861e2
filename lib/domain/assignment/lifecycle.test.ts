import { describe, expect, it } from "vitest";
import { transition } from "./lifecycle";

const now = new Date("2026-11-25T18:00:00Z");
const later = new Date("2026-11-25T18:02:00Z");
const earlier = new Date("2026-11-25T17:58:00Z");

describe("the assignment lifecycle", () => {
  it("lets an open offer be accepted, declined or withdrawn", () => {
    expect(transition("offered", "accept", now, later)).toEqual({ ok: true, state: "accepted" });
    expect(transition("offered", "decline", now, later)).toEqual({ ok: true, state: "declined" });
    expect(transition("offered", "rescind", now, later)).toEqual({ ok: true, state: "rescinded" });
  });

  it("times an offer out only once it expired", () => {
    expect(transition("offered", "time_out", now, earlier)).toEqual({ ok: true, state: "timed_out" });
    expect(transition("offered", "time_out", now, later)).toEqual({ ok: false, error: "This offer has not expired yet." });
    expect(transition("offered", "time_out", now, now)).toEqual({ ok: true, state: "timed_out" });
  });

  it("refuses a late answer to an expired offer", () => {
    expect(transition("offered", "accept", now, earlier)).toEqual({ ok: false, error: expect.stringMatching(/^This offer expired at 2026-11-25T17:58:00.000Z/) });
  });

  it("refuses to accept a timed-out offer and to touch final states", () => {
    expect(transition("timed_out", "accept", now, null)).toEqual({ ok: false, error: "Cannot accept: the assignment timed out." });
    expect(transition("completed", "rescind", now, null)).toEqual({ ok: false, error: "Cannot rescind: the assignment is completed." });
    expect(transition("declined", "decline", now, null).ok).toBe(false);
  });

  it("completes or withdraws an accepted assignment", () => {
    expect(transition("accepted", "complete", now, null)).toEqual({ ok: true, state: "completed" });
    expect(transition("accepted", "rescind", now, null)).toEqual({ ok: true, state: "rescinded" });
    expect(transition("accepted", "accept", now, null)).toEqual({ ok: false, error: "Cannot accept: the assignment was already accepted." });
  });
});
