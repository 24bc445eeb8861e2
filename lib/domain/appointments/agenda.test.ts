import { describe, expect, it } from "vitest";
import { agendaRange, dayHeading, groupAgenda, shiftAgenda } from "./agenda";

const LA = "America/Los_Angeles";

describe("the calendar's day and week views", () => {
  it("covers one day, or Monday to Sunday of its week, from local midnight to local midnight", () => {
    expect(agendaRange("2026-03-14", "day", LA)).toEqual({ days: ["2026-03-14"], from: new Date("2026-03-14T07:00:00Z"), to: new Date("2026-03-15T07:00:00Z") });
    const week = agendaRange("2026-03-14", "week", LA);
    expect(week.days).toEqual(["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15"]);
    expect(week.from).toEqual(new Date("2026-03-09T07:00:00Z"));
  });

  it("keeps seven days in the week the clocks change, the first of them 23 hours long", () => {
    const week = agendaRange("2026-03-08", "week", LA);
    expect(week.days[0]).toBe("2026-03-02");
    expect(week.days.at(-1)).toBe("2026-03-08");
    expect(week.from).toEqual(new Date("2026-03-02T08:00:00Z"));
    expect(week.to).toEqual(new Date("2026-03-09T07:00:00Z"));
  });

  it("steps a day or a week at a time", () => {
    expect(shiftAgenda("2026-03-01", "day", -1)).toBe("2026-02-28");
    expect(shiftAgenda("2026-03-14", "week", 1)).toBe("2026-03-21");
  });

  it("groups appointments by their local day, lists empty days, and marks a seat's overlapping bookings", () => {
    const range = agendaRange("2026-03-14", "week", LA);
    const item = (id: string, start: string, end: string, seatId = "daniel", status = "scheduled") => ({ id, seatId, status, startsAt: new Date(start), endsAt: new Date(end) });
    const items = [
      item("late", "2026-03-15T05:00:00Z", "2026-03-15T05:30:00Z"),
      item("b", "2026-03-14T17:30:00Z", "2026-03-14T18:00:00Z"),
      item("a", "2026-03-14T17:00:00Z", "2026-03-14T17:45:00Z"),
      item("other-seat", "2026-03-14T17:00:00Z", "2026-03-14T17:45:00Z", "maria"),
      item("cancelled", "2026-03-14T17:10:00Z", "2026-03-14T17:20:00Z", "daniel", "cancelled"),
    ];
    const days = groupAgenda(items, range, LA);
    expect(days).toHaveLength(7);
    const saturday = days.find((d) => d.day === "2026-03-14")!;
    expect(saturday.items.map((i) => [i.id, i.clashes])).toEqual([["a", true], ["other-seat", false], ["cancelled", false], ["b", true], ["late", false]]);
    expect(days.find((d) => d.day === "2026-03-09")!.items).toEqual([]);
  });

  it("heads each day with its weekday and marks today", () => {
    expect(dayHeading("2026-03-14", "2026-03-13")).toBe("Saturday, March 14");
    expect(dayHeading("2026-03-14", "2026-03-14")).toBe("Today · Saturday, March 14");
  });
});
