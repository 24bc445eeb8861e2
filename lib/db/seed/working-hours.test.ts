import { describe, expect, it } from "vitest";
import { Prng } from "./prng";
import { arrivalWeight, drawArrival, isOpen, nextOpen, TEAM_HOURS, TEXT_HOURS } from "./working-hours";

/** Friday, May 15, 2026 at the given Pacific (PDT) hour. */
const friday = (hour: number, minute = 0) => new Date(Date.UTC(2026, 4, 15, hour + 7, minute));

describe("working hours in the Pacific zone", () => {
  it("knows who is open: people on weekdays 8am-7pm and Saturday mornings, texts 8am-9pm", () => {
    expect(isOpen(friday(8), TEAM_HOURS)).toBe(true);
    expect(isOpen(friday(19), TEAM_HOURS)).toBe(false);
    expect(isOpen(friday(20, 30), TEXT_HOURS)).toBe(true);
    expect(isOpen(new Date(Date.UTC(2026, 4, 17, 18)), TEAM_HOURS)).toBe(false);
  });

  it("moves a closed moment to the next opening, skipping Sunday for people", () => {
    expect(nextOpen(friday(6), TEAM_HOURS)).toEqual(friday(8));
    expect(nextOpen(friday(10), TEAM_HOURS)).toEqual(friday(10));
    expect(nextOpen(new Date(Date.UTC(2026, 4, 16, 3)), TEAM_HOURS)).toEqual(new Date(Date.UTC(2026, 4, 16, 16)));
    expect(nextOpen(new Date(Date.UTC(2026, 4, 17, 18)), TEAM_HOURS)).toEqual(new Date(Date.UTC(2026, 4, 18, 15)));
  });

  it("draws lead arrivals mostly in weekday business hours, deterministically", () => {
    expect(arrivalWeight(friday(10))).toBeGreaterThan(arrivalWeight(friday(3)) * 10);
    const draw = (seed: number) => Array.from({ length: 400 }, ((rng) => () => drawArrival(rng, friday(0), new Date(friday(0).getTime() + 14 * 86_400_000)))(new Prng(seed)));
    const times = draw(5);
    expect(draw(5)).toEqual(times);
    const business = times.filter((t) => isOpen(t, TEAM_HOURS)).length / times.length;
    expect(business).toBeGreaterThan(0.6);
  });
});
