import { describe, expect, it } from "vitest";
import { isPeriodic, parsePayload, periodicPayload } from "@/lib/jobs/types";
import { OUTBOX_JOBS } from "./jobs";


describe("outbox jobs", () => {
  it("declares a per-message send job and a sweep every 5 s (every minute on pg-boss)", () => {
    const [send, sweep] = OUTBOX_JOBS;
    expect(send).toMatchObject({ name: "outbox.send" });
    expect(isPeriodic(send!)).toBe(false);
    expect(sweep).toMatchObject({ name: "outbox.sweep", cron: "* * * * *", everyMs: 5_000 });
    expect(periodicPayload(sweep!)).toEqual({});
  });

  it("refuses a send payload without the message's ids", () => {
    expect(() => parsePayload(OUTBOX_JOBS[0]!, { organizationId: "x" })).toThrow(/Invalid payload for job "outbox.send"/);
  });
});
