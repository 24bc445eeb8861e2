import { beforeAll, describe, expect, it } from "vitest";
import { FOLLOW_UP_CADENCE } from "../../domain/settings/defaults";
import { daysBetween, localDate, localHour, weekday } from "./dates";
import { generateSeed } from "./generate";
import type { SeedData } from "./types";

const asOf = new Date("2026-05-15T17:30:00Z");
const HOUR = 3_600_000;
const WRITTEN = new Set(["sms", "email", "chat", "social"]);
const share = (items: readonly Date[], test: (d: Date) => boolean) => items.filter(test).length / items.length;
const isWeekend = (d: Date) => [0, 6].includes(weekday(localDate(d)));

/** A human's working hours in the Pacific zone: weekdays 8am-7pm, Saturdays 9am-5pm. */
function atWork(d: Date): boolean {
  const [wd, h] = [weekday(localDate(d)), localHour(d)];
  return wd >= 1 && wd <= 5 ? h >= 8 && h < 19 : wd === 6 && h >= 9 && h < 17;
}

describe("seeded times spread as a real team's do", () => {
  let data: SeedData;
  beforeAll(() => {
    data = generateSeed({ asOf });
  });

  it("spreads lead arrivals over weeks, mostly in weekday business hours, with some evenings and weekends", () => {
    const arrivals = data.clients.map((c) => c.createdAt!);
    expect(share(arrivals, (d) => !isWeekend(d) && localHour(d) >= 8 && localHour(d) < 18)).toBeGreaterThan(0.5);
    expect(share(arrivals, (d) => localHour(d) >= 18 && localHour(d) < 22)).toBeGreaterThan(0.08);
    expect(share(arrivals, (d) => localHour(d) < 6)).toBeLessThan(0.06);
    const weekend = share(arrivals, isWeekend);
    expect(weekend).toBeGreaterThan(0.08);
    expect(weekend).toBeLessThan(0.26);
    const newest = arrivals.slice().sort((a, b) => b.getTime() - a.getTime());
    expect(asOf.getTime() - newest[99]!.getTime()).toBeGreaterThan(5 * 24 * HOUR);
  });

  it("leaves the most recently active clients touched over the last days, not all at the seed's moment", () => {
    const recent = data.clients.map((c) => c.updatedAt!).sort((a, b) => b.getTime() - a.getTime()).slice(0, 100);
    expect(recent.filter((d) => asOf.getTime() - d.getTime() < HOUR).length).toBeLessThan(40);
    expect(asOf.getTime() - recent[99]!.getTime()).toBeGreaterThan(12 * HOUR);
  });

  it("has people write in working hours and the team answer minutes to hours after the client", () => {
    const humans = new Set(data.seats.filter((s) => s.kind === "human").map((s) => s.id));
    const sent = data.interactions.filter((i) => i.direction === "outbound" && WRITTEN.has(i.channel));
    expect(sent.filter((i) => humans.has(i.seatId!) && !atWork(i.occurredAt!)).map((i) => i.occurredAt!.toISOString()).slice(0, 5)).toEqual([]);
    const lateTexts = sent.filter((i) => i.channel === "sms" && (localHour(i.occurredAt!) < 8 || localHour(i.occurredAt!) >= 21));
    expect(lateTexts.map((i) => i.occurredAt!.toISOString()).slice(0, 5)).toEqual([]);

    const byClient = new Map<string, SeedData["interactions"]>();
    for (const i of data.interactions) if (WRITTEN.has(i.channel)) byClient.set(i.clientId, [...(byClient.get(i.clientId) ?? []), i]);
    const delays: number[] = [];
    for (const list of byClient.values()) {
      list.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
      list.forEach((i, n) => {
        const next = list[n + 1];
        if (i.direction === "inbound" && next?.direction === "outbound") delays.push((next.occurredAt!.getTime() - i.occurredAt!.getTime()) / 60_000);
      });
    }
    delays.sort((a, b) => a - b);
    const median = delays[Math.floor(delays.length / 2)]!;
    expect(median).toBeGreaterThan(2);
    expect(median).toBeLessThan(240);
    expect(delays.filter((d) => d < 0.25).length / delays.length).toBeLessThan(0.05);
  });

  it("sends follow-ups on the cadence days, inside 9am-6pm, each closing its task", () => {
    const days = new Set<number>(FOLLOW_UP_CADENCE.days);
    const clients = new Map(data.clients.map((c) => [c.id, c]));
    const done = data.tasks.filter((t) => t.kind === "follow_up" && t.status === "done");
    expect(done.length).toBeGreaterThan(100);
    const touches = new Map(data.interactions.filter((i) => i.direction === "outbound").map((i) => [`${i.clientId}@${i.occurredAt!.getTime()}`, i.id]));
    for (const t of done) {
      const c = clients.get(t.clientId)!;
      const touch = touches.get(`${t.clientId}@${t.completedAt!.getTime()}`);
      expect(touch, t.title).toBeDefined();
      expect(days.has(daysBetween(localDate(c.createdAt!), localDate(t.completedAt!))), t.title).toBe(true);
      expect(localHour(t.completedAt!)).toBeGreaterThanOrEqual(9);
      expect(localHour(t.completedAt!)).toBeLessThan(18);
    }
  });
});
