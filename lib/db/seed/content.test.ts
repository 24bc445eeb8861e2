import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./accounts";
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

  it("sends nothing after an opt-out but one confirmation", () => {
    const optedOut = data.clients.filter((c) => c.optedOutAt);
    expect(optedOut.length).toBeGreaterThan(5);
    for (const c of optedOut) {
      const after = data.interactions.filter((i) => i.clientId === c.id && i.direction === "outbound" && i.occurredAt! > c.optedOutAt!);
      expect(after.length, c.id).toBeLessThanOrEqual(1);
      expect(c.smsConsent).toBe(false);
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

  it("files a call task due within two hours for every hot seller", () => {
    const hotSellers = data.clients.filter((c) => c.stage === "Hot Seller");
    expect(hotSellers.length).toBeGreaterThan(0);
    for (const c of hotSellers) {
      const call = data.tasks.find((t) => t.clientId === c.id && t.kind === "call" && t.status === "open");
      expect(call, c.id).toBeDefined();
      expect(call!.dueAt!.getTime() - asOf.getTime()).toBeLessThanOrEqual(2 * 3_600_000);
    }
  });

  it("attaches quality findings to outbound messages that contain the flagged words", () => {
    const byId = new Map(data.interactions.map((i) => [i.id, i]));
    for (const f of data.qualityFindings) {
      const i = byId.get(f.interactionId!);
      expect(i?.direction).toBe("outbound");
      if (f.rule === "fair_housing") expect(i!.body.toLowerCase()).toContain(f.excerpt);
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
