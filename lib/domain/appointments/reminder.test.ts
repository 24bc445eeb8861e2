import { describe, expect, it } from "vitest";
import { reminderText, reminderWindow } from "./reminder";

describe("appointment reminders", () => {
  const now = new Date("2026-03-14T16:35:00Z");

  it("are due for appointments starting between now and the lead time ahead", () => {
    expect(reminderWindow(now)).toEqual({ from: now, to: new Date("2026-03-14T17:05:00Z") });
    expect(reminderWindow(now, 60).to).toEqual(new Date("2026-03-14T17:35:00Z"));
    expect(() => reminderWindow(now, 0)).toThrow(RangeError);
  });

  it("tell the seat what, with whom, how soon, when in the client's time and where", () => {
    const showing = { kind: "showing" as const, clientName: "Carmen Buyer", startsAt: new Date("2026-03-14T17:00:00Z"), timeZone: "America/Los_Angeles", place: "7421 Etiwanda Ave" };
    expect(reminderText(showing, now)).toBe("Showing with Carmen Buyer in 25 min, at 10:00 AM PDT (client's time), 7421 Etiwanda Ave.");
    expect(reminderText({ ...showing, kind: "call", place: null }, new Date("2026-03-14T16:59:50Z"))).toBe("Call with Carmen Buyer in 1 min, at 10:00 AM PDT (client's time).");
  });
});
