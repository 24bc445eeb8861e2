import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const run = (input: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/review.ts"], { cwd: root, input, encoding: "utf8", timeout: 30_000 });

describe("npm run review", () => {
  it("writes one verdict or error line per input line and nothing else, exiting 0", () => {
    const lines = [
      JSON.stringify({ text: "New listings this week!", direction: "outbound", channel: "SMS", purpose: "marketing", sentAt: "2026-12-01T22:00:00-08:00", recipientTimeZone: "America/Los_Angeles" }),
      "",
      "{not json",
      JSON.stringify({ text: "STOP", direction: "inbound", channel: "SMS" }),
      JSON.stringify({ text: "hi", direction: "outbound", channel: "SMS", recipientTimeZone: "Mars/Olympus" }),
    ];
    const result = run(`${lines.join("\n")}\n`);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const out = result.stdout.split("\n");
    expect(out.at(-1)).toBe("");
    const answers = out.slice(0, -1).map((l) => JSON.parse(l));
    expect(answers).toHaveLength(5);
    expect(answers[0]).toMatchObject({ allowed: false, quietHours: true });
    expect(answers[1]).toEqual({ error: "line 2 is empty: give one JSON message per line" });
    expect(answers[2].error).toMatch(/^line 3 is not JSON/);
    expect(answers[3]).toMatchObject({ allowed: true, optOut: true });
    expect(answers[4].error).toMatch(/^line 5: recipientTimeZone: recipientTimeZone must be an IANA time zone/);
  });

  it("writes nothing for empty input", () => {
    const result = run("");
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "", ""]);
  });
});
