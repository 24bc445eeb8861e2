import { describe, expect, it } from "vitest";
import { dueForFollowUp, followUpState } from "./follow-up";

const now = new Date("2026-12-01T17:00:00Z");
const at = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("follow-ups of corrective actions", () => {
  it("is due once its date has come, scheduled before, done once followed up whatever the date", () => {
    expect(followUpState({ followUpAt: at(-1), followedUpAt: null }, now)).toBe("due");
    expect(followUpState({ followUpAt: now, followedUpAt: null }, now)).toBe("due");
    expect(followUpState({ followUpAt: at(1), followedUpAt: null }, now)).toBe("scheduled");
    expect(followUpState({ followUpAt: at(-5), followedUpAt: at(-2) }, now)).toBe("done");
  });

  it("lists only the due ones, the longest overdue first", () => {
    const actions = [
      { id: "a", followUpAt: at(-2), followedUpAt: null },
      { id: "b", followUpAt: at(3), followedUpAt: null },
      { id: "c", followUpAt: at(-30), followedUpAt: null },
      { id: "d", followUpAt: at(-40), followedUpAt: at(-1) },
    ];
    expect(dueForFollowUp(actions, now).map((a) => a.id)).toEqual(["c", "a"]);
  });
});
