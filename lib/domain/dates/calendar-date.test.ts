import { describe, expect, it } from "vitest";
import { calendarDate } from "./calendar-date";

describe("date-only values", () => {
  it("stay the day they name, whatever the time zone", () => {
    expect(calendarDate("2026-12-01")).toBe("Dec 1, 2026");
    expect(calendarDate("2026-12-01", { year: false })).toBe("Dec 1");
    expect(calendarDate("2028-02-29")).toBe("Feb 29, 2028");
    expect(calendarDate("2027-01-01")).toBe("Jan 1, 2027");
    // The shift this avoids: the same value read as a UTC instant and shown in Pacific time is the day before.
    expect(new Date("2026-12-01").toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "America/Los_Angeles" })).toBe("Nov 30");
  });

  it("show a dash when missing and anything else as given", () => {
    expect(calendarDate(null)).toBe("—");
    expect(calendarDate("")).toBe("—");
    expect(calendarDate("2026-13-01")).toBe("2026-13-01");
    expect(calendarDate("soon")).toBe("soon");
  });
});
