import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./accounts";
import { busiestSentences, REPEAT_LIMIT } from "./audit";
import { generateSeed } from "./generate";
import type { SeedData } from "./types";

const asOf = new Date("2026-05-15T17:30:00Z");

describe("seed content", () => {
  let data: SeedData;
  beforeAll(() => {
    data = generateSeed({ asOf });
  });

  it("keeps messages within Jorge's rules: SMS at most 320 characters, no emojis, outbound always from a seat", () => {
    for (const i of data.interactions) {
      if (i.channel === "sms") expect(i.body.length, i.body).toBeLessThanOrEqual(320);
      expect(/\p{Extended_Pictographic}/u.test(i.body), i.body).toBe(false);
      if (i.direction === "outbound") expect(i.seatId).toBeTruthy();
      expect(i.occurredAt!.getTime()).toBeLessThanOrEqual(asOf.getTime());
    }
    expect(data.interactions.some((i) => /Hola|Gracias/.test(i.body))).toBe(true);
  });

  it("sends one confirmation within 5 minutes of an opt-out, then nothing at all", () => {
    const optedOut = data.clients.filter((c) => c.optedOutAt);
    expect(optedOut.length).toBeGreaterThan(5);
    for (const c of optedOut) {
      const after = data.interactions.filter((i) => i.clientId === c.id && i.direction === "outbound" && i.occurredAt! >= c.optedOutAt!);
      expect(after.map((i) => i.body.slice(0, 40)), c.id).toHaveLength(1);
      expect(after[0]!.occurredAt!.getTime() - c.optedOutAt!.getTime()).toBeLessThanOrEqual(5 * 60_000);
      expect(c.smsConsent).toBe(false);
      const booked = data.appointments.filter((a) => a.clientId === c.id && a.status === "scheduled" && a.startsAt > c.optedOutAt!);
      expect(booked, c.id).toEqual([]);
    }
  });

  it("texts only clients who consented to texts; the others hear by e-mail or phone", () => {
    const clients = new Map(data.clients.map((c) => [c.id, c]));
    const texts = data.interactions.filter((i) => i.channel === "sms" && i.direction === "outbound");
    const unconsented = texts.filter((i) => {
      const c = clients.get(i.clientId)!;
      return !c.smsConsent && !(c.optedOutAt && i.occurredAt!.getTime() <= c.optedOutAt.getTime() + 5 * 60_000);
    });
    expect(unconsented.map((i) => i.body.slice(0, 60)).slice(0, 5)).toEqual([]);
    const quiet = data.clients.filter((c) => !c.smsConsent && !c.optedOutAt && c.stage !== "New Lead");
    expect(quiet.length).toBeGreaterThan(20);
    const reached = quiet.filter((c) => data.interactions.some((i) => i.clientId === c.id && i.direction === "outbound" && i.channel !== "sms"));
    expect(reached.length).toBe(quiet.length);
  });

  it("attributes a client's own words to the client: inbound messages carry no seat", () => {
    const written = new Set(["sms", "email", "chat", "social"]);
    const claimed = data.interactions.filter((i) => i.direction === "inbound" && written.has(i.channel) && i.seatId !== null);
    expect(claimed.map((i) => i.body.slice(0, 60)).slice(0, 5)).toEqual([]);
  });

  it("repeats no scripted sentence more than five times in two days across the team, whatever day the seed starts", () => {
    for (const day of [data, generateSeed({ asOf: new Date("2026-11-30T17:00:00Z") }), generateSeed({ asOf: new Date("2027-02-14T16:00:00Z"), seed: 3 })]) {
      const clients = new Map(day.clients.map((c) => [c.id, c]));
      const seats = new Map(day.seats.map((s) => [s.id, s.name.replace(/ \(AI\)$/, "").split(" ")[0]!]));
      const rows = day.interactions.map((i) => {
        const c = clients.get(i.clientId)!;
        return { body: i.body, channel: i.channel, at: i.occurredAt!, names: [c.firstName, c.lastName ?? "", seats.get(i.seatId ?? "") ?? ""] };
      });
      const busiest = busiestSentences(rows, undefined, 5);
      expect(busiest.filter((b) => b.count > REPEAT_LIMIT).map((b) => `${b.count}x ${b.sentence}`)).toEqual([]);
    }
  });

  it("writes escalations that satisfy the table's checks, some past their SLA", () => {
    for (const e of data.escalations) {
      expect(e.resolveDueAt.getTime()).toBeGreaterThanOrEqual(e.ackDueAt.getTime());
      if (e.status !== "open") expect(e.acknowledgedAt).toBeTruthy();
      if (e.status === "resolved") expect(e.resolvedAt && e.resolution).toBeTruthy();
    }
    const overdue = data.escalations.filter((e) => (e.status === "open" && e.ackDueAt < asOf) || (e.status === "acknowledged" && e.resolveDueAt < asOf));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
  });

  it("files a call task due two hours after a seller turns hot, closed by the call itself", () => {
    const hotSellers = data.clients.filter((c) => c.stage === "Hot Seller");
    expect(hotSellers.length).toBeGreaterThan(0);
    const calls = new Set(data.interactions.filter((i) => i.channel === "call" && i.direction === "outbound").map((i) => `${i.clientId}@${i.occurredAt!.getTime()}`));
    for (const c of hotSellers) {
      const tasks = data.tasks.filter((t) => t.clientId === c.id && t.kind === "call");
      expect(tasks, c.id).toHaveLength(1);
      const [call] = tasks;
      expect(call!.dueAt!.getTime() - call!.createdAt!.getTime()).toBe(2 * 3_600_000);
      if (call!.status === "done") expect(calls.has(`${c.id}@${call!.completedAt!.getTime()}`)).toBe(true);
    }
    expect(data.tasks.some((t) => t.kind === "call" && t.status === "open" && t.dueAt! > asOf)).toBe(true);
  });

  it("fills every slot of every message", () => {
    expect(data.interactions.filter((i) => /\{\w+\}|\[|\]/.test(i.body)).map((i) => i.body).slice(0, 3)).toEqual([]);
  });

  it("attaches every quality finding to an outbox row, and to its sent message when it went out", () => {
    const byId = new Map(data.interactions.map((i) => [i.id, i]));
    const outbox = new Map(data.outboundMessages.map((m) => [m.id, m]));
    for (const f of data.qualityFindings) {
      const m = outbox.get(f.outboundMessageId!);
      expect(m, f.code).toBeDefined();
      expect(f.interactionId ?? null).toBe(m!.interactionId ?? null);
      if (f.interactionId) expect(byId.get(f.interactionId)?.body).toBe(m!.body);
      if (f.excerpt && f.code !== "quiet_hours") expect(m!.body).toContain(f.excerpt);
    }
  });

  it("dates transactions by the CAR purchase agreement clock", () => {
    for (const t of data.transactions) {
      const d = t.contractDates as Record<string, string>;
      expect(d.acceptance).toBe(t.acceptanceDate);
      expect(d.investigationContingency! >= d.sellerDisclosuresDue!).toBe(true);
      expect(d.loanContingency! >= d.appraisalContingency!).toBe(true);
      expect(t.closeOfEscrowDate! >= t.acceptanceDate!).toBe(true);
    }
  });

  it("offers demo sign-ins for Jorge and two team members, with passwords kept out of the rows", () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role)).toEqual(["overseer", "agent", "agent"]);
    expect(data.users.every((u) => !u.passwordHash.includes("demo"))).toBe(true);
    expect(data.credentials).toHaveLength(data.users.length);
  });

  it("places every recorded moment between the founding of the organization and asOf", () => {
    const founded = data.organizations[0]!.createdAt!.getTime();
    const past = ["createdAt", "updatedAt", "occurredAt", "offeredAt", "respondedAt", "endedAt", "receivedAt", "processedAt", "acknowledgedAt", "resolvedAt", "decidedAt", "completedAt", "optedOutAt", "at"];
    for (const [table, rows] of Object.entries(data)) {
      for (const row of rows as Record<string, unknown>[]) {
        for (const key of past) {
          const value = row[key];
          if (!(value instanceof Date)) continue;
          expect(value.getTime(), `${table}.${key}`).toBeLessThanOrEqual(asOf.getTime());
          expect(value.getTime(), `${table}.${key}`).toBeGreaterThanOrEqual(founded);
        }
      }
    }
  });

  it("uses no clock or unseeded randomness in the generator", () => {
    const dir = import.meta.dirname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      expect(/Math\.random|Date\.now|new Date\(\)/.test(source), file).toBe(false);
    }
  });
});
