import { describe, expect, it } from "vitest";
import { boundedDate } from "./bounded-date";

const due = boundedDate("Give a due date and time");

describe("dates from outside, bounded to the years 1900-2200", () => {
  it("reads ISO text, epoch milliseconds and Dates", () => {
    expect(due.parse("2026-05-01T09:00:00Z")).toEqual(new Date("2026-05-01T09:00:00Z"));
    expect(due.parse(Date.UTC(2026, 4, 1))).toEqual(new Date("2026-05-01T00:00:00Z"));
    expect(due.parse(new Date("2200-12-31T23:59:59Z"))).toEqual(new Date("2200-12-31T23:59:59Z"));
  });

  it("refuses the far dates JavaScript allows, naming the accepted range", () => {
    for (const far of ["-271821-04-20T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", 8.64e15, "1899-12-31T23:59:59Z", "2201-01-01"]) {
      const r = due.safeParse(far);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("Give a due date and time between the years 1900 and 2200");
    }
  });

  it("refuses what is not a date at all, where z.coerce.date would read 1970", () => {
    for (const bad of [null, true, {}, [], "soon", "x".repeat(100), Number.NaN]) {
      const r = due.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("Give a due date and time");
    }
  });
});
