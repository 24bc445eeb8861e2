import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./accounts";
import { atLocalTime, localDate, shiftDay } from "./dates";
import { generateSeed } from "./generate";
import type { SeedData } from "./types";

/** Monday, May 18, 2026, 8:50am in Rancho Cucamonga. */
const asOf = new Date("2026-05-18T15:50:00Z");
const today = localDate(asOf);
const endOfToday = atLocalTime(shiftDay(today, 1), 0, 0);

type Booking = SeedData["appointments"][number];
const overlaps = (a: Booking, b: Booking) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

describe("the demo's first morning reads like a real team's Monday", () => {
  let data: SeedData;
  beforeAll(() => {
    data = generateSeed({ asOf });
  });

  it("has a few fresh leads from overnight and this morning, and a handful of offers waiting", () => {
    const since = atLocalTime(shiftDay(today, -1), 18, 0);
    const fresh = data.clients.filter((c) => c.createdAt! >= since);
    expect(fresh.length).toBeGreaterThanOrEqual(2);
    expect(fresh.length).toBeLessThanOrEqual(15);
    const offers = data.assignments.filter((a) => a.state === "offered");
    expect(offers.length).toBeGreaterThanOrEqual(3);
    expect(offers.length).toBeLessThanOrEqual(8);
  });

  it("leaves escalations that need Jorge today", () => {
    const needing = data.escalations.filter((e) => e.status !== "resolved" && e.resolveDueAt <= endOfToday);
    expect(needing.length).toBeGreaterThanOrEqual(2);
  });

  it("has tasks due later today and a few overdue ones, one open follow-up per client at most", () => {
    const open = data.tasks.filter((t) => t.status === "open" && t.dueAt);
    const dueToday = open.filter((t) => t.dueAt! >= asOf && t.dueAt! < endOfToday);
    const overdue = open.filter((t) => t.dueAt! < asOf);
    expect(dueToday.length).toBeGreaterThanOrEqual(5);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThan(open.length * 0.15);
    const followUps = new Map<string, number>();
    for (const t of open) if (t.kind === "follow_up") followUps.set(t.clientId, (followUps.get(t.clientId) ?? 0) + 1);
    expect([...followUps.values()].every((n) => n === 1)).toBe(true);
  });

  it("books this week's showings, listing appointments and calls for the humans, never two at once", () => {
    const humans = new Set(data.seats.filter((s) => s.kind === "human").map((s) => s.id));
    const week = data.appointments.filter((a) => a.status === "scheduled" && a.startsAt >= asOf && a.startsAt < atLocalTime(shiftDay(today, 7), 0, 0));
    expect(week.length).toBeGreaterThanOrEqual(8);
    expect(["showing", "listing_appointment", "call"].every((k) => week.some((a) => a.kind === k))).toBe(true);
    expect(data.appointments.every((a) => humans.has(a.seatId))).toBe(true);
    const live = data.appointments.filter((a) => a.status !== "cancelled");
    const clashes = live.filter((a, i) => live.some((b, j) => j > i && (a.seatId === b.seatId || a.clientId === b.clientId) && overlaps(a, b)));
    expect(clashes.map((a) => `${a.kind} ${a.startsAt.toISOString()}`)).toEqual([]);
    expect(data.appointments.filter((a) => a.status === "scheduled").every((a) => a.endsAt > asOf)).toBe(true);
  });

  it("leaves notices for the people on the team, some unread, the demo team members included", () => {
    const seats = new Map(data.seats.map((s) => [s.id, s]));
    expect(data.seatNotices.length).toBeGreaterThanOrEqual(8);
    expect(data.seatNotices.every((n) => seats.get(n.seatId)?.kind === "human")).toBe(true);
    expect(data.seatNotices.some((n) => !n.readAt)).toBe(true);
    expect(data.seatNotices.every((n) => !n.readAt || n.readAt >= n.createdAt!)).toBe(true);
    const users = new Map(data.users.map((u) => [u.email, u.id]));
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role === "agent")) {
      const seat = data.seats.find((s) => s.userId === users.get(account.email))!;
      expect(data.seatNotices.filter((n) => n.seatId === seat.id).length, account.name).toBeGreaterThan(0);
    }
  });
});
