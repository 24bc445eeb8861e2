import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { reviewStream } from "./review-stream";

const clock = () => new Date("2026-12-01T20:00:00Z");
const message = (text: string) => JSON.stringify({ text, direction: "outbound", channel: "SMS" });

/** A sink that keeps what was written and, when slow, says it is full after every write. */
function sink(highWaterMark = 16 * 1024) {
  const chunks: string[] = [];
  const output = new Writable({ highWaterMark, write(chunk, _encoding, done) { chunks.push(String(chunk)); setImmediate(done); } });
  return { output, text: () => chunks.join("") };
}

describe("reviewStream", () => {
  it("writes exactly one line per input line, in order, errors in place, without a final newline too", async () => {
    const { output, text } = sink();
    const count = await reviewStream(Readable.from([`${message("What is the address?")}\n\nnot json\r\n`, message("STOP texting, act now")]), output, clock);
    const lines = text().split("\n");
    expect([count, lines.length, lines.at(-1)]).toEqual([4, 5, ""]);
    expect(lines.slice(0, 4).map((l) => Object.keys(JSON.parse(l))[0])).toEqual(["allowed", "error", "error", "allowed"]);
    expect(JSON.parse(lines[3]!).findings.map((f: { category: string }) => f.category)).toEqual(["pressure"]);
  });

  it("answers each line as it arrives, before the input ends", async () => {
    const input = new PassThrough();
    const { output, text } = sink();
    const done = reviewStream(input, output, clock);
    input.write(`${message("Hi")}\n`);
    await new Promise((r) => setTimeout(r, 20));
    expect(text().split("\n")).toHaveLength(2);
    input.end();
    expect(await done).toBe(1);
  });

  it("keeps every line through a slow output (reading waits for it)", async () => {
    const { output, text } = sink(64);
    const lines = Array.from({ length: 3_000 }, (_, i) => message(`Line ${i}: what is the address?`));
    const count = await reviewStream(Readable.from(lines.map((l) => `${l}\n`)), output, clock);
    expect([count, text().split("\n").length - 1]).toEqual([3_000, 3_000]);
  });

  it("answers nothing for no input", async () => {
    const { output, text } = sink();
    expect(await reviewStream(Readable.from([]), output, clock)).toBe(0);
    expect(text()).toBe("");
  });
});
