import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";
import { freshDatabase } from "@/lib/db/testing/databases";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createHub } from "./hub";
import { CONSOLE_EVENTS_CHANNEL, encodeEvent, MAX_PAYLOAD_BYTES, publishEvent, type NewConsoleEvent } from "./publish";
import { parseConsoleEvent, type ConsoleEvent } from "./types";

const newEvent = (summary: string): NewConsoleEvent => ({
  type: "assignment.offered",
  organizationId: randomUUID(),
  clientId: randomUUID(),
  seatIds: [randomUUID(), randomUUID()],
  summary,
  at: new Date("2026-11-02T17:00:00.000Z"),
});

/** Collects every payload on the events channel of a database until stopped. */
async function collect(database: Database) {
  const payloads: string[] = [];
  const stop = await database.listen(CONSOLE_EVENTS_CHANNEL, (payload) => payloads.push(payload));
  const summaries = () => payloads.map((p) => parseConsoleEvent(p)?.summary);
  return { payloads, summaries, stop };
}

describeEachDriver("publishing console events", ({ database, db }) => {
  it("delivers an event published in a committed transaction, and it parses back whole", async () => {
    const listener = await collect(database());
    const event = newEvent("Offered Carmen Buyer to Alice Agent");
    await db().transaction(async (tx) => publishEvent(tx, event));
    await vi.waitFor(() => expect(listener.payloads).toHaveLength(1), { timeout: 5000 });
    await listener.stop();
    const parsed = parseConsoleEvent(listener.payloads[0]!);
    expect(parsed).toEqual({ ...event, id: expect.any(String), at: "2026-11-02T17:00:00.000Z" } satisfies ConsoleEvent);
  });

  it("never delivers an event whose transaction rolled back", async () => {
    const listener = await collect(database());
    await expect(
      db().transaction(async (tx) => {
        await publishEvent(tx, newEvent("rolled back"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await db().transaction(async (tx) => publishEvent(tx, newEvent("committed after")));
    await vi.waitFor(() => expect(listener.summaries()).toContain("committed after"), { timeout: 5000 });
    await listener.stop();
    expect(listener.summaries()).toEqual(["committed after"]);
  });

  it("shortens a long summary to fit PostgreSQL's payload limit", async () => {
    const listener = await collect(database());
    await publishEvent(db(), newEvent("é".repeat(9000)));
    await vi.waitFor(() => expect(listener.payloads).toHaveLength(1), { timeout: 5000 });
    await listener.stop();
    expect(Buffer.byteLength(listener.payloads[0]!)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const summary = parseConsoleEvent(listener.payloads[0]!)!.summary;
    expect(summary).toMatch(/^é+…$/);
    expect(summary.length).toBeGreaterThan(3000);
  });

  it("stops delivering once unlistened", async () => {
    const listener = await collect(database());
    await listener.stop();
    const marker = await collect(database());
    await publishEvent(db(), newEvent("after stop"));
    await vi.waitFor(() => expect(marker.payloads).toHaveLength(1), { timeout: 5000 });
    await marker.stop();
    expect(listener.payloads).toEqual([]);
  });
});

describe("encoding and parsing events", () => {
  const event: ConsoleEvent = { id: randomUUID(), type: "handoff.completed", organizationId: "org", clientId: null, seatIds: [], summary: "Done", at: "2026-11-02T17:00:00.000Z" };

  it("round-trips through the schema", () => {
    expect(parseConsoleEvent(encodeEvent(event))).toEqual(event);
  });

  it("refuses malformed payloads and unknown types", () => {
    expect(parseConsoleEvent("not json")).toBeNull();
    expect(parseConsoleEvent(JSON.stringify({ ...event, type: "client.deleted" }))).toBeNull();
    expect(parseConsoleEvent(JSON.stringify({ ...event, seatIds: "all" }))).toBeNull();
  });

  it("refuses an event that cannot fit even without its summary", () => {
    expect(() => encodeEvent({ ...event, seatIds: Array.from({ length: 300 }, () => randomUUID()) })).toThrow(/too large/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("events across two app instances on one PostgreSQL", () => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await freshDatabase("postgres");
    second = openDatabase({ url: first.url!, max: 2 });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("delivers an event committed through one pool to a listener of the other", async () => {
    const listener = await collect(second);
    const own = await collect(first);
    await first.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await publishEvent(tx, newEvent("from the first instance"));
    });
    await vi.waitFor(() => expect(listener.summaries()).toEqual(["from the first instance"]), { timeout: 5000 });
    await vi.waitFor(() => expect(own.summaries()).toEqual(["from the first instance"]), { timeout: 5000 });
    await Promise.all([listener.stop(), own.stop()]);
  });

  it("reaches this process's hub subscribers when another process commits the event", async () => {
    const organizationId = randomUUID();
    const hub = createHub(second);
    const received: string[] = [];
    const unsubscribe = hub.subscribe(organizationId, (event) => received.push(event.summary));
    await hub.settled();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "testing", "publish-from-process.ts"), first.url!, organizationId, "from another process"], { stdio: ["ignore", "inherit", "inherit"] });
      child.on("error", reject);
      child.on("exit", (c) => resolve(c ?? 1));
    });
    expect(code).toBe(0);
    await vi.waitFor(() => expect(received).toEqual(["from another process"]), { timeout: 5000 });
    unsubscribe();
    await hub.settled();
  });
});
