import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ghlBaseUrl, GHL_DEFAULT_BASE_URL, sendGhlMessage } from "./client";
import { startFakeGhlServer, type FakeGhlServer } from "./testing/fake-ghl-server";

const SMS = { type: "SMS" as const, contactId: "contact_1", message: "Hi Carmen, the showing is confirmed for 10am." };

describe("sendGhlMessage against the local GoHighLevel server", () => {
  let ghl: FakeGhlServer;
  beforeAll(async () => {
    ghl = await startFakeGhlServer();
  });
  afterAll(() => ghl.close());
  beforeEach(() => ghl.acceptTokens("pit-good"));
  const send = (token = "pit-good", timeoutMs?: number) => sendGhlMessage(SMS, { token, baseUrl: ghl.baseUrl, timeoutMs });

  it("sends with the bearer token and Version header and reads GHL's ids", async () => {
    const result = await send();
    expect(result).toMatchObject({ ok: true, conversationId: "conv_contact_1" });
    const last = ghl.received.at(-1)!;
    expect(last).toMatchObject({ token: "pit-good", body: SMS, answeredWith: 200 });
    expect(result.ok && result.messageId).toBe(last.messageId);
  });

  it("reports a 429 with its Retry-After, a 500 as retryable, and a 401 as rejected with GHL's words", async () => {
    ghl.fail({ status: 429, retryAfter: "7" });
    expect(await send()).toEqual({ ok: false, kind: "rate_limited", status: 429, retryAfterMs: 7_000, message: "Too many requests" });
    ghl.fail({ status: 500, message: "Upstream down" });
    expect(await send()).toEqual({ ok: false, kind: "retryable", status: 500, message: "Upstream down" });
    expect(await send("pit-wrong")).toEqual({ ok: false, kind: "rejected", status: 401, message: "Invalid JWT" });
  });

  it("calls a hang an unknown outcome, since GHL may have sent it", async () => {
    ghl.fail({ hang: true });
    const result = await send("pit-good", 200);
    expect(result).toMatchObject({ ok: false, kind: "unknown", status: null });
    expect(!result.ok && result.message).toContain("did not answer within");
  });

  it("calls a refused connection unreachable: nothing can have been sent", async () => {
    const gone = await startFakeGhlServer();
    await gone.close();
    const result = await sendGhlMessage(SMS, { token: "pit-good", baseUrl: gone.baseUrl });
    expect(result).toMatchObject({ ok: false, kind: "unreachable", status: null });
  });

  it("refuses a request without a contact or words before calling GHL", async () => {
    const before = ghl.received.length;
    await expect(sendGhlMessage({ ...SMS, contactId: " " }, { token: "pit-good", baseUrl: ghl.baseUrl })).rejects.toThrow(/contactId is required/);
    expect(ghl.received.length).toBe(before);
  });

  it("uses GHL_API_BASE_URL when set, else GoHighLevel's own base", () => {
    const saved = process.env.GHL_API_BASE_URL;
    process.env.GHL_API_BASE_URL = "http://127.0.0.1:9999/";
    expect(ghlBaseUrl()).toBe("http://127.0.0.1:9999");
    delete process.env.GHL_API_BASE_URL;
    expect(ghlBaseUrl()).toBe(GHL_DEFAULT_BASE_URL);
    if (saved !== undefined) process.env.GHL_API_BASE_URL = saved;
  });
});
