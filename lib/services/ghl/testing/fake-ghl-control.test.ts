import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendGhlMessage } from "../client";
import { startFakeGhlServer, type FakeGhlServer } from "./fake-ghl-server";

const SMS = { type: "SMS" as const, contactId: "contact_9", message: "Hi Rosa, this is Jorge's team." };

describe("the local GoHighLevel's control doors", () => {
  let ghl: FakeGhlServer;
  beforeAll(async () => {
    ghl = await startFakeGhlServer({ control: true });
  });
  afterAll(() => ghl.close());
  beforeEach(() => fetch(`${ghl.baseUrl}/__reset`, { method: "POST" }));
  const control = (path: string, body?: unknown) =>
    fetch(`${ghl.baseUrl}${path}`, body === undefined ? {} : { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });

  it("lists what it sent with the receive time, and every call under /__received", async () => {
    const before = Date.now();
    await sendGhlMessage(SMS, { token: "pit-any", baseUrl: ghl.baseUrl });
    await control("/__fail", { fault: { status: 500, message: "Upstream down" } });
    expect(await sendGhlMessage(SMS, { token: "pit-any", baseUrl: ghl.baseUrl })).toMatchObject({ ok: false, status: 500, message: "Upstream down" });
    const sent = (await (await control("/__sent")).json()) as { body: unknown; receivedAt: string; messageId: string }[];
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual(SMS);
    expect(Date.parse(sent[0]!.receivedAt)).toBeGreaterThanOrEqual(before - 5);
    const received = (await (await control("/__received")).json()) as { answeredWith: number }[];
    expect(received.map((r) => r.answeredWith)).toEqual([200, 500]);
  });

  it("queues a 429 with Retry-After for a number of calls, then sends again", async () => {
    expect(await (await control("/__fail", { fault: { status: 429, retryAfter: "3" }, times: 2 })).json()).toEqual({ queued: 2 });
    expect(await sendGhlMessage(SMS, { token: "t", baseUrl: ghl.baseUrl })).toMatchObject({ kind: "rate_limited", retryAfterMs: 3_000 });
    expect(await sendGhlMessage(SMS, { token: "t", baseUrl: ghl.baseUrl })).toMatchObject({ kind: "rate_limited" });
    expect(await sendGhlMessage(SMS, { token: "t", baseUrl: ghl.baseUrl })).toMatchObject({ ok: true });
  });

  it("refuses a fault it cannot play, and a body that is not JSON, saying what to send", async () => {
    const wrong = await control("/__fail", { fault: { status: 418 } });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { message: string }).message).toContain("fault must be");
    const garbled = await control("/__fail", "{not json");
    expect(garbled.status).toBe(400);
    expect(await sendGhlMessage(SMS, { token: "t", baseUrl: ghl.baseUrl })).toMatchObject({ ok: true });
  });

  it("names its doors for an unknown control path, and keeps them closed unless asked", async () => {
    const unknown = await control("/__nothing");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toContain("GET /__sent");
    const plain = await startFakeGhlServer();
    try {
      expect((await fetch(`${plain.baseUrl}/__sent`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
