import { describe, expect, it } from "vitest";
import { formatDuration, speedToLead } from "./speed-to-lead";

const now = new Date("2026-04-01T18:00:00Z");
const received = new Date("2026-04-01T12:00:00Z");
/** A lead received at noon UTC, answered after `seconds` (null: not yet). */
const lead = (seatId: string | null, seconds: number | null, receivedAt = received) => ({
  seatId,
  receivedAt,
  firstActionAt: seconds === null ? null : new Date(receivedAt.getTime() + seconds * 1000),
});

/** The summary fields for leads that are all answered. */
const answeredOnly = (n: number, fast: number) => ({ received: n, answered: n, answeredWithin5Minutes: fast, waitingOver5Minutes: 0, waitingUnder5Minutes: 0, decided: n, within5MinutesShare: fast / n });

describe("speedToLead", () => {
  it("summarizes the team and each seat with median, p90 and the 5-minute share", () => {
    const rows = [lead("a", 60), lead("a", 120), lead("a", 600), lead("b", 30), lead("b", null), lead(null, 300)];
    const { team, perSeat } = speedToLead(rows, now);
    expect(team).toEqual({ received: 6, answered: 5, answeredWithin5Minutes: 4, waitingOver5Minutes: 1, waitingUnder5Minutes: 0, decided: 6, within5MinutesShare: 4 / 6, medianSeconds: 120, p90Seconds: 600 });
    expect(perSeat.get("a")).toEqual({ ...answeredOnly(3, 2), medianSeconds: 120, p90Seconds: 600 });
    expect(perSeat.get("b")).toEqual({ received: 2, answered: 1, answeredWithin5Minutes: 1, waitingOver5Minutes: 1, waitingUnder5Minutes: 0, decided: 2, within5MinutesShare: 0.5, medianSeconds: 30, p90Seconds: 30 });
    expect([...perSeat.keys()].sort()).toEqual(["a", "b"]);
  });

  it("never reads 100% within 5 minutes while leads wait longer than that", () => {
    const waiting = Array.from({ length: 5 }, () => lead("a", null, new Date(now.getTime() - 7 * 60_000)));
    const team = speedToLead([lead("a", 60), lead("a", 90), ...waiting], now).team;
    expect(team).toMatchObject({ answered: 2, answeredWithin5Minutes: 2, waitingOver5Minutes: 5, decided: 7 });
    expect(team.within5MinutesShare).toBeCloseTo(2 / 7);
    expect(team.decided + team.waitingUnder5Minutes).toBe(team.received);
  });

  it("averages the two middle answers for an even count and takes the nearest rank for p90", () => {
    const tenths = Array.from({ length: 10 }, (_, i) => lead("a", (i + 1) * 10));
    expect(speedToLead(tenths, now).team).toMatchObject({ medianSeconds: 55, p90Seconds: 90 });
    expect(speedToLead([lead("a", 10), lead("a", 40)], now).team).toMatchObject({ medianSeconds: 25, p90Seconds: 40 });
  });

  it("counts exactly 5 minutes as within the bar and 5 minutes 1 second as outside", () => {
    expect(speedToLead([lead("a", 300), lead("a", 301)], now).team.within5MinutesShare).toBe(0.5);
  });

  it("leaves a lead out of the share until it is more than 5 minutes old", () => {
    const fresh = lead("a", null, new Date(now.getTime() - 300_000));
    const stale = lead("a", null, new Date(now.getTime() - 301_000));
    expect(speedToLead([fresh], now).team).toMatchObject({ received: 1, decided: 0, waitingUnder5Minutes: 1, within5MinutesShare: null });
    expect(speedToLead([fresh, stale], now).team).toEqual({ received: 2, answered: 0, answeredWithin5Minutes: 0, waitingOver5Minutes: 1, waitingUnder5Minutes: 1, decided: 1, within5MinutesShare: 0, medianSeconds: null, p90Seconds: null });
  });

  it("counts a first action stamped before the lead arrived as answered in 0 s", () => {
    expect(speedToLead([lead("a", -90)], now).team).toMatchObject({ answered: 1, medianSeconds: 0, within5MinutesShare: 1 });
  });

  it("returns empty summaries for no leads", () => {
    const { team, perSeat } = speedToLead([], now);
    expect(team).toEqual({ received: 0, answered: 0, answeredWithin5Minutes: 0, waitingOver5Minutes: 0, waitingUnder5Minutes: 0, decided: 0, within5MinutesShare: null, medianSeconds: null, p90Seconds: null });
    expect(perSeat.size).toBe(0);
  });
});

describe("formatDuration", () => {
  it("uses the two largest units", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(200)).toBe("3 min 20 s");
    expect(formatDuration(2 * 3600 + 5 * 60 + 59)).toBe("2 h 5 min");
    expect(formatDuration(3 * 86_400 + 4 * 3600 + 1800)).toBe("3 d 4 h");
  });

  it("leaves out a zero second unit and rounds to the second", () => {
    expect(formatDuration(42 * 60)).toBe("42 min");
    expect(formatDuration(3600)).toBe("1 h");
    expect(formatDuration(86_400)).toBe("1 d");
    expect(formatDuration(59.6)).toBe("1 min");
    expect(formatDuration(0.4)).toBe("0 s");
  });

  it("reads negative durations as 0 s and refuses non-numbers", () => {
    expect(formatDuration(-12)).toBe("0 s");
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
