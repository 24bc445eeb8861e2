import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { reviewLine } from "@/lib/domain/compliance/review-door";

/**
 * Reviews JSON lines from `input` and writes one verdict line (or {"error"}) per input line to
 * `output`, in order. Lines are read as they arrive and written in batches once per chunk read,
 * so an interactive caller gets each answer at once and a file of 100k lines never sits in
 * memory: reading pauses while `output` is full. Resolves with the number of lines at the end.
 */
export function reviewStream(input: Readable, output: Writable, clock: () => Date = () => new Date()): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  let pending = "";
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!pending) return;
    const full = !output.write(pending);
    pending = "";
    if (full) {
      lines.pause();
      output.once("drain", () => lines.resume());
    }
  };
  lines.on("line", (line) => {
    count += 1;
    pending += `${reviewLine(line, count, clock())}\n`;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
  return new Promise((resolve, reject) => {
    input.once("error", reject);
    lines.once("close", () => {
      flush();
      output.write("", () => resolve(count));
    });
  });
}
