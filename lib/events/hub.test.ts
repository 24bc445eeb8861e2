import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { freshDatabase } from "@/lib/db/testing/databases";
import { createHub } from "./hub";
import { CONSOLE_EVENTS_CHANNEL, publishEvent } from "./publish";
import type { ConsoleEvent } from "./types";

const orgA = randomUUID();
const orgB = randomUUID();

describe("the live event hub", () => {
  let database: Database;
  let unlistened = 0;
  const listen = vi.fn<Database["listen"]>();
  const hubDatabase = () => ({ ...database, listen });
  const publish = (organizationId: string, summary: string) =>
    publishEvent(database.db, { type: "escalation.opened", organizationId, clientId: null, seatIds: [], summary });
  const summaries = (events: ConsoleEvent[]) => events.map((e) => e.summary);

  beforeAll(async () => {
    database = await freshDatabase("pglite");
    listen.mockImplementation(async (channel, onPayload) => {
      const stop = await database.listen(channel, onPayload);
      return async () => {
        unlistened += 1;
        await stop();
      };
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("hands each event to its organization's subscribers only, through one listener", async () => {
    const hub = createHub(hubDatabase);
    const a1: ConsoleEvent[] = [];
    const a2: ConsoleEvent[] = [];
    const b: ConsoleEvent[] = [];
    const stops = [hub.subscribe(orgA, (e) => a1.push(e)), hub.subscribe(orgA, (e) => a2.push(e)), hub.subscribe(orgB, (e) => b.push(e))];
    await hub.settled();
    expect(listen).toHaveBeenCalledTimes(1);
    await publish(orgA, "for A");
    await publish(orgB, "for B");
    await vi.waitFor(() => expect(summaries(b)).toEqual(["for B"]), { timeout: 5000 });
    expect(summaries(a1)).toEqual(["for A"]);
    expect(summaries(a2)).toEqual(["for A"]);
    stops.forEach((stop) => stop());
    await hub.settled();
    expect(unlistened).toBe(1);
    expect(hub.size()).toBe(0);
  });

  it("stops listening when the last subscriber leaves and starts again for the next", async () => {
    listen.mockClear();
    unlistened = 0;
    const hub = createHub(hubDatabase);
    const first: ConsoleEvent[] = [];
    const stopFirst = hub.subscribe(orgA, (e) => first.push(e));
    stopFirst();
    stopFirst();
    const second: ConsoleEvent[] = [];
    const stopSecond = hub.subscribe(orgA, (e) => second.push(e));
    await hub.settled();
    expect(listen).toHaveBeenCalledTimes(2);
    expect(unlistened).toBe(1);
    await publish(orgA, "after restart");
    await vi.waitFor(() => expect(summaries(second)).toEqual(["after restart"]), { timeout: 5000 });
    expect(first).toEqual([]);
    stopSecond();
    await hub.settled();
    expect(unlistened).toBe(2);
  });

  it("ignores malformed payloads and keeps serving when one subscriber throws", async () => {
    const hub = createHub(hubDatabase);
    const received: ConsoleEvent[] = [];
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const stops = [hub.subscribe(orgA, () => { throw new Error("broken tab"); }), hub.subscribe(orgA, (e) => received.push(e))];
    await hub.settled();
    await database.db.execute(sql`select pg_notify(${CONSOLE_EVENTS_CHANNEL}, ${"{not json"})`);
    await publish(orgA, "still served");
    await vi.waitFor(() => expect(summaries(received)).toEqual(["still served"]), { timeout: 5000 });
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
    stops.forEach((stop) => stop());
    await hub.settled();
  });
});
