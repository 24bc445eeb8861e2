import { eq, inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { clientRequests, organizations } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { parseJsonInput } from "@/lib/domain/input/parse-json";
import { bodyText, nastyString } from "@/lib/domain/input/testing/arbitraries";
import { fuzzSuite } from "@/lib/domain/input/testing/fuzz";
import { expectCleanOutcome } from "@/lib/http/testing/row-counts";
import { drainRequests } from "@/lib/services/request-worker";
import { storeTestTokens, TOKENS } from "./testing/api-tokens";
import { ghlDelivery, ghlKeys, ghlRequest, GHL_LOCATION, WORKFLOW_TOKEN } from "./testing/ghl-deliveries";

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: () => state.db }));
vi.mock("@/lib/services/request-worker", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/services/request-worker")>()), kickRequestWorker: () => {} }));

const webhook = await import("./webhooks/ghl/route");
const requests = await import("./v1/requests/route");
const conflicts = await import("./v1/conflicts/route");
const review = await import("./v1/messages/review/route");
const clientsList = await import("./v1/clients/route");
const clientById = await import("./v1/clients/[id]/route");
const fuzz = fuzzSuite("route handlers: GoHighLevel webhook, /api/v1/requests, /api/v1/conflicts, /api/v1/messages/review, GET /api/v1/clients");

/** Calls a route handler and checks the door contract; answers the status, and the body when it is 200 or 201. */
async function callRoute(db: Db, handler: (request: Request) => Promise<Response>, request: Request, label: string) {
  let answer: { ok: boolean; error?: string; status?: string; requestId?: string } = { ok: false };
  await expectCleanOutcome(db, async () => {
    const response = await handler(request);
    answer = await response.json();
    fuzz.saw(`${label} ${response.status}`);
    if (response.status === 200 || response.status === 201) {
      expect(answer.ok).toBe(true);
      return { ok: true };
    }
    return { ok: false, status: response.status, error: answer.error ?? "" };
  });
  return answer;
}

const bearer = fc.oneof({ weight: 8, arbitrary: fc.constant(TOKENS.all) }, fc.constantFrom(TOKENS.requestsOnly, TOKENS.expired, "jsc_guess", ""), nastyString.map((s) => encodeURIComponent(s.toWellFormed())));
const apiRequest = (path: string, body: string | Uint8Array, token: string) =>
  new Request(`http://console.test/api/v1/${path}`, { method: "POST", body: Buffer.from(body), headers: token ? { authorization: `Bearer ${token}` } : {} });

describeEachDriver("fuzzing the route handlers", ({ db }) => {
  let fx: CoordinationFixture;
  const saved = { ...process.env };
  const accepted: string[] = [];
  beforeAll(async () => {
    state.db = db();
    Object.assign(process.env, { GHL_WEBHOOK_PUBLIC_KEY: ghlKeys.publicKey.export({ type: "spki", format: "pem" }).toString(), GHL_WORKFLOW_TOKEN: WORKFLOW_TOKEN });
    delete process.env.GHL_ALLOW_UNSIGNED;
    fx = await createCoordinationFixture(db());
    await db().update(organizations).set({ ghlLocationIds: [GHL_LOCATION] }).where(eq(organizations.id, fx.organizationId));
    await storeTestTokens(db(), fx.organizationId, fx.overseer.email);
  });
  afterAll(() => {
    process.env = saved;
  });

  it("the webhook answers 200 or a 4xx with a message for any delivery, never a 5xx, and a refusal writes nothing", async () => {
    state.db = db();
    await fuzz.check(ghlDelivery, async (d) => {
      const answer = await callRoute(db(), webhook.POST, ghlRequest(d), "webhook");
      if (answer.ok && answer.requestId) accepted.push(answer.requestId);
    }, 200);
    expect(accepted.length).toBeGreaterThan(10);
  });

  it("every delivery the webhook accepted is routed: no lead is lost to a failed request", async () => {
    await drainRequests(db());
    const rows = await db().select({ id: clientRequests.id, status: clientRequests.status, error: clientRequests.error }).from(clientRequests).where(inArray(clientRequests.id, [...new Set(accepted)]));
    expect(rows.filter((r) => r.status !== "routed" && r.status !== "escalated")).toEqual([]);
  });

  it("POST /api/v1/requests answers 200/201 or a 4xx with a message, never a 5xx, and a recorded request is never lost", async () => {
    state.db = db();
    const lead = { contact: { firstName: "Ana", lastName: "Ruiz", email: "ana@example.com", phone: "+1 909 555 0100" }, type: "buyer", stage: "New Lead", message: "Looking for a 3 bedroom in Rancho", postalCode: "91701", city: "Rancho Cucamonga", budgetMin: 500_000, budgetMax: 700_000, timelineDays: 90, language: "en", tags: ["web"], smsConsent: true };
    await fuzz.check(fc.record({ body: bodyText(lead), token: bearer }), async ({ body, token }) => {
      const answer = await callRoute(db(), requests.POST, apiRequest("requests", body, token), "requests");
      if (answer.ok) expect(answer.status, "a recorded request must not fail routing: the lead would be lost").not.toBe("failed");
    }, 100);
  });

  it("POST /api/v1/conflicts answers 201 or a 4xx with a message, never a 5xx, and a refusal writes nothing", async () => {
    state.db = db();
    const booking = (seatId: string, clientId: string, startsAt: string, endsAt: string) => ({ seatId, clientId, startsAt, endsAt, bookedAt: "2026-05-01T09:00:00Z" });
    const doubleBooking = { kind: "double_booking", bookings: [booking(fx.aliceSeat.id, fx.aliceClient.id, "2026-05-02T09:00:00Z", "2026-05-02T10:00:00Z"), booking(fx.bobSeat.id, fx.bobClient.id, "2026-05-02T09:30:00Z", "2026-05-02T10:30:00Z")] };
    const prices = { kind: "price_disagreement", clientId: fx.aliceClient.id, opinions: [{ seatId: fx.aliceSeat.id, price: 850_000 }, { seatId: fx.aliceSeat.id, price: 990_000 }] };
    await fuzz.check(fc.record({ body: fc.oneof(bodyText(doubleBooking), bodyText(prices)), token: bearer }), async ({ body, token }) => {
      await callRoute(db(), conflicts.POST, apiRequest("conflicts", body, token), "conflicts");
    }, 100);
  });

  it("POST /api/v1/messages/review answers 200 or a 4xx with a message, never a 5xx, and writes nothing", async () => {
    state.db = db();
    const message = { text: "Charming single-story home, great for families, near the park", direction: "outbound", channel: "SMS", sentAt: "2026-05-02T07:30:00-07:00", recipientTimeZone: "America/Los_Angeles", purpose: "marketing" };
    await fuzz.check(fc.record({ body: fc.oneof(bodyText(message), bodyText({ messages: [message, { ...message, direction: "inbound", text: "STOP" }] })), token: bearer }), async ({ body, token }) => {
      await callRoute(db(), review.POST, apiRequest("messages/review", body, token), "review");
    }, 100);
  });

  it("GET /api/v1/clients answers 200 or a 4xx with a message for any lookup, never a 5xx, and writes nothing", async () => {
    state.db = db();
    const lookup = fc.oneof(nastyString, fc.constant(fx.aliceClient.id), fc.uuid(), fc.constant(""));
    await fuzz.check(fc.record({ id: lookup, contact: lookup, token: bearer }), async ({ id, contact, token }) => {
      const headers = token ? { authorization: `Bearer ${token}` } : undefined;
      const safeId = encodeURIComponent(id.toWellFormed());
      await callRoute(db(), clientsList.GET, new Request(`http://console.test/api/v1/clients?ghlContactId=${encodeURIComponent(contact.toWellFormed())}`, { headers }), "clients?ghlContactId");
      await callRoute(db(), (r) => clientById.GET(r, { params: Promise.resolve({ id: id.toWellFormed() }) }), new Request(`http://console.test/api/v1/clients/${safeId}`, { headers }), "clients/[id]");
    }, 60);
  });

  it("PostgreSQL stores, as text and as jsonb, whatever the JSON reader lets through", async () => {
    await fuzz.check(bodyText({ message: "Hola", tags: ["x"], n: 1 }), async (raw) => {
      const parsed = parseJsonInput(typeof raw === "string" ? raw : Buffer.from(raw).toString("utf8"));
      if (!parsed.ok) return;
      const json = JSON.stringify(parsed.value) ?? "null";
      const [row] = await queryRows<{ t: string; same: boolean }>(db(), sql`select ${json}::text as t, ${json}::jsonb = (${json}::jsonb::text)::jsonb as same`);
      expect(row).toEqual({ t: json, same: true });
    }, 100);
  });
});
