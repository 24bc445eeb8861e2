import { generateKeyPairSync, sign } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientRequests, clients, interactions, organizations, outboundMessages, seats } from "@/lib/db/schema";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { receiveGhlDelivery, MAX_WEBHOOK_BYTES } from "./receive-ghl-delivery";
import { drainRequests } from "./request-worker";
import { sha256Hex } from "./webhook-auth";

const keys = generateKeyPairSync("ed25519");
const publicKey = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
const now = new Date("2026-11-25T18:00:00Z");
const url = new URL("http://console.test/api/webhooks/ghl");

function signed(payload: unknown, extra: Record<string, string> = {}) {
  const rawBody = Buffer.from(typeof payload === "string" ? payload : JSON.stringify(payload));
  return { rawBody, headers: new Headers({ "x-ghl-signature": sign(null, rawBody, keys.privateKey).toString("base64"), ...extra }), url, now };
}

describeEachDriver("receiving GoHighLevel webhooks", ({ db }) => {
  let organizationId: string;
  const saved = { ...process.env };
  const message = (n: number, extra: object = {}) => ({ type: "InboundMessage", locationId: "loc_test", contactId: `contact_${n}`, messageId: `msg_${n}`, messageType: "SMS", body: "Hi, we want to sell our house in Alta Loma", direction: "inbound", dateAdded: now.toISOString(), ...extra });
  const count = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(clientRequests).where(eq(clientRequests.organizationId, organizationId)))[0]!.n;

  beforeAll(async () => {
    process.env.GHL_WEBHOOK_PUBLIC_KEY = publicKey;
    process.env.GHL_WORKFLOW_TOKEN = "workflow-secret";
    delete process.env.GHL_ALLOW_UNSIGNED;
    organizationId = (await createTeamFixture(db())).organizationId;
    await db().update(organizations).set({ ghlLocationIds: ["loc_test"] }).where(eq(organizations.id, organizationId));
  });
  afterAll(() => {
    process.env = saved;
  });

  it("records a signed delivery once, however often GHL retries it", async () => {
    const first = await receiveGhlDelivery(db(), signed(message(1)));
    expect(first).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
    const again = await Promise.all([1, 2, 3, 4, 5].map(() => receiveGhlDelivery(db(), signed(message(1)))));
    expect(again.every((r) => r.status === 200 && r.body.duplicate && r.body.requestId === first.body.requestId)).toBe(true);
    expect(await count()).toBe(1);
  });

  it("refuses what is not proven to come from GHL, and writes nothing", async () => {
    const before = await count();
    const body = Buffer.from(JSON.stringify(message(2)));
    const cases = [
      { rawBody: body, headers: new Headers(), url, now },
      { rawBody: body, headers: new Headers({ "x-ghl-signature": "bm9wZQ==" }), url, now },
      { rawBody: body, headers: signed(message(3)).headers, url, now },
      { rawBody: body, headers: new Headers({ "x-webhook-token": "guess" }), url, now },
    ];
    for (const c of cases) expect((await receiveGhlDelivery(db(), c)).status).toBe(401);
    expect(await count()).toBe(before);
  });

  it("refuses a replayed delivery older than five minutes", async () => {
    const old = await receiveGhlDelivery(db(), signed(message(4, { timestamp: new Date(now.getTime() - 6 * 60_000).toISOString() })));
    expect(old).toMatchObject({ status: 401, body: { error: expect.stringMatching(/refused as replays/) } });
  });

  it("answers 400 naming the bad field, 413 for an oversize body, 422 for an unknown location", async () => {
    expect((await receiveGhlDelivery(db(), signed("{not json"))).body.error).toMatch(/^Malformed JSON/);
    expect((await receiveGhlDelivery(db(), signed({ ...message(5), contactId: 42 }))).body.error).toMatch(/^contactId: /);
    const { messageType: _drop, ...noType } = message(6);
    void _drop;
    expect(await receiveGhlDelivery(db(), signed(noType))).toMatchObject({ status: 400, body: { error: "Missing field: messageType" } });
    expect((await receiveGhlDelivery(db(), signed({ ...message(7), body: "x".repeat(MAX_WEBHOOK_BYTES) }))).status).toBe(413);
    expect((await receiveGhlDelivery(db(), signed({ ...message(8), locationId: "loc_unknown" }))).status).toBe(422);
  });

  it("tells an unknown location exactly where in Settings to connect it", async () => {
    expect(await receiveGhlDelivery(db(), signed({ ...message(9), locationId: "loc_unknown" }))).toMatchObject({
      status: 422,
      body: { error: 'Unknown locationId "loc_unknown": the overseer connects it in the console under Settings > GoHighLevel locations > Add location' },
    });
  });

  it("gives the same answer when no key could check the delivery, rather than blaming the signature", async () => {
    delete process.env.GHL_WEBHOOK_PUBLIC_KEY;
    delete process.env.GHL_WORKFLOW_TOKEN;
    try {
      const before = await count();
      expect(await receiveGhlDelivery(db(), signed({ ...message(10), locationId: "loc_new" }))).toMatchObject({ status: 422, body: { error: expect.stringMatching(/Settings > GoHighLevel locations > Add location$/) } });
      expect((await receiveGhlDelivery(db(), signed(message(11)))).status).toBe(401);
      expect(await count()).toBe(before);
    } finally {
      process.env.GHL_WEBHOOK_PUBLIC_KEY = publicKey;
      process.env.GHL_WORKFLOW_TOKEN = "workflow-secret";
    }
  });

  it("records each change to a contact once, though contact events carry no delivery id", async () => {
    const update = (phone: string) => signed({ type: "ContactUpdate", locationId: "loc_test", id: "contact_upd", phone });
    const first = await receiveGhlDelivery(db(), update("+19095550120"));
    const retry = await receiveGhlDelivery(db(), update("+19095550120"));
    const next = await receiveGhlDelivery(db(), update("+19095550121"));
    expect([first.body.duplicate, retry.body.duplicate, next.body.duplicate]).toEqual([false, true, false]);
    expect(retry.body.requestId).toBe(first.body.requestId);
  });

  it("accepts a workflow webhook whose custom fields are an object keyed by field name", async () => {
    const payload = { contact: { id: "contact_cf", firstName: "Lupe", customFields: { Budget: "$700-800K", "Move Timeline": "3 months" } }, location: { id: "loc_test" } };
    expect(await receiveGhlDelivery(db(), signed(payload))).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("keeps a lead whose message carries a NUL or half an emoji, stored clean (PostgreSQL refuses both)", async () => {
    const raw = JSON.stringify(message(20, { body: "Quiero vender\u0000 mi casa " })).replace("casa ", "casa \\ud83d");
    const result = await receiveGhlDelivery(db(), signed(raw));
    expect(result).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
    const [row] = await db().select().from(clientRequests).where(eq(clientRequests.id, result.body.requestId!));
    expect(row!.requestText).toBe("Quiero vender mi casa \uFFFD");
    expect((row!.payload as { event: { body: string } }).event.body).toBe("Quiero vender mi casa \uFFFD");
    expect((await receiveGhlDelivery(db(), signed(raw))).body).toMatchObject({ duplicate: true, requestId: result.body.requestId });
  });

  it("refuses JSON nested 5,000 deep with 400 saying so, and writes nothing", async () => {
    const before = await count();
    const deep = JSON.stringify(message(21)).replace('"direction"', `"attachments":${"[".repeat(5000)}${"]".repeat(5000)},"direction"`);
    expect(await receiveGhlDelivery(db(), signed(deep))).toMatchObject({ status: 400, body: { error: expect.stringMatching(/more than 32 levels deep/) } });
    expect(await count()).toBe(before);
  });

  it("refuses a garbage timestamp with 400 naming the field, rather than skipping the replay check", async () => {
    for (const timestamp of ["yesterday", "2026-13-45T99:00:00Z", "12345678901234567890123"]) {
      expect(await receiveGhlDelivery(db(), signed(message(22, { timestamp })))).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^timestamp: must be a date and time/) } });
    }
  });

  it("says the body must be a JSON object for null, arrays and scalars, even with no key in the environment", async () => {
    delete process.env.GHL_WEBHOOK_PUBLIC_KEY;
    try {
      for (const body of ["null", "[]", "42", '"x"']) {
        expect(await receiveGhlDelivery(db(), signed(body))).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^The body must be a JSON object/) } });
      }
    } finally {
      process.env.GHL_WEBHOOK_PUBLIC_KEY = publicKey;
    }
  });

  it("answers 400 for an event type that is an object, which String() cannot print", async () => {
    for (const type of [{ toString: 1 }, { valueOf: 1, toString: 1 }, [1]]) {
      expect(await receiveGhlDelivery(db(), signed({ ...message(23), type }))).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^Unsupported event type/) } });
    }
  });

  it("accepts a workflow webhook with the team's secret token", async () => {
    const rawBody = Buffer.from(JSON.stringify({ contact: { id: "contact_wf", firstName: "Lupe", phone: "+19095550111", tags: ["buyer"] }, message: { type: "SMS", body: "Busco casa en Fontana" }, location: { id: "loc_test" } }));
    const result = await receiveGhlDelivery(db(), { rawBody, headers: new Headers({ "x-webhook-token": "workflow-secret" }), url, now });
    expect(result).toMatchObject({ status: 200, body: { ok: true } });
    expect(sha256Hex("workflow-secret")).toHaveLength(64);
  });

  it("routes what it recorded: the client, their message, and the request's outcome", async () => {
    await drainRequests(db());
    const [client] = await db().select().from(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.ghlContactId, "contact_1")));
    expect(client).toMatchObject({ type: "seller", firstName: "New lead" });
    const messages = await db().select().from(interactions).where(and(eq(interactions.organizationId, organizationId), eq(interactions.clientId, client!.id)));
    expect(messages.map((m) => m.body)).toEqual(["Hi, we want to sell our house in Alta Loma"]);
    const statuses = await db().select({ status: clientRequests.status }).from(clientRequests).where(eq(clientRequests.organizationId, organizationId));
    expect(statuses.every((s) => s.status === "routed" || s.status === "escalated")).toBe(true);
  });
  it("records a message from a contact already on file to route after new contacts, and a new contact's first", async () => {
    const known = await receiveGhlDelivery(db(), signed(message(1, { messageId: "msg_known_again", body: "Still thinking about it" })));
    const fresh = await receiveGhlDelivery(db(), signed(message(90)));
    const priorityOf = async (id: string) => (await db().select({ p: clientRequests.priority }).from(clientRequests).where(eq(clientRequests.id, id)))[0]!.p;
    expect([await priorityOf(known.body.requestId!), await priorityOf(fresh.body.requestId!)]).toEqual([1, 0]);
  });

  it("applies an OutboundMessage status to the outbox row by messageId, once, and never makes a client of it", async () => {
    const [client] = await db().select().from(clients).where(eq(clients.organizationId, organizationId)).limit(1);
    const [seat] = await db().select().from(seats).where(eq(seats.organizationId, organizationId)).limit(1);
    const verdict = { allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] };
    const [sent] = await db().insert(outboundMessages).values({ organizationId, clientId: client!.id, seatId: seat!.id, authorKind: "human", channel: "sms", body: "See you Saturday", idempotencyKey: "status-webhook-1", verdict, allowed: true, fairHousing: "ok", state: "sent", attempts: 1, ghlMessageId: "ghl_out_1", sentAt: now }).returning();
    const [requestsBefore, clientsBefore] = [await count(), (await db().select().from(clients).where(eq(clients.organizationId, organizationId))).length];
    const status = (extra: object) => signed({ type: "OutboundMessage", locationId: "loc_test", contactId: "contact_out", messageId: "ghl_out_1", messageType: "SMS", direction: "outbound", body: "See you Saturday", ...extra });

    expect(await receiveGhlDelivery(db(), status({ status: "delivered", dateAdded: now.toISOString() }))).toEqual({ status: 200, body: { ok: true, messageStatus: "updated" } });
    expect(await receiveGhlDelivery(db(), status({ status: "delivered" }))).toEqual({ status: 200, body: { ok: true, messageStatus: "unchanged" } });
    expect(await receiveGhlDelivery(db(), status({ status: "sent" }))).toEqual({ status: 200, body: { ok: true, messageStatus: "unchanged" } });
    const [row] = await db().select().from(outboundMessages).where(eq(outboundMessages.id, sent!.id));
    expect(row).toMatchObject({ state: "delivered", deliveredAt: now });

    expect(await receiveGhlDelivery(db(), status({ messageId: "sent_from_ghl_itself", status: "delivered" }))).toEqual({ status: 200, body: { ok: true, messageStatus: "unknown_message" } });
    expect(await receiveGhlDelivery(db(), signed({ type: "MessageStatus", locationId: "loc_test", status: "failed" }))).toEqual({ status: 400, body: { ok: false, error: "Missing field: messageId" } });
    expect(await count()).toBe(requestsBefore);
    expect(await db().select().from(clients).where(eq(clients.organizationId, organizationId))).toHaveLength(clientsBefore);
  });
});
