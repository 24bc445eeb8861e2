import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { clientRequests } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { chunkedRequest, repeatedChunks } from "@/lib/http/testing/streams";
import { storeTestTokens, TOKENS } from "../testing/api-tokens";

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: () => state.db }));

const requests = await import("./requests/route");
const conflicts = await import("./conflicts/route");

const post = (path: string, body: BodyInit, token: string = TOKENS.all) => new Request(`http://console.test/api/v1/${path}`, { method: "POST", body, headers: { authorization: `Bearer ${token}` } });
const lead = (extra: object = {}) => ({ contact: { firstName: "Ana", email: "ana@example.com" }, type: "buyer", postalCode: "91701", ...extra });

describeEachDriver("the JSON API's edge", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    state.db = db();
    await storeTestTokens(db(), fx.organizationId, fx.overseer.email);
  });

  it("answers the token check's own status and message: 401 unknown or expired, 403 without the route's scope", async () => {
    const none = await requests.POST(post("requests", JSON.stringify(lead()), "jsc_unknown"));
    expect([none.status, (await none.json()).error]).toEqual([401, expect.stringMatching(/Bearer/)]);
    const expired = await requests.POST(post("requests", JSON.stringify(lead()), TOKENS.expired));
    expect([expired.status, (await expired.json()).error]).toEqual([401, expect.stringMatching(/expired/)]);
    const scoped = await conflicts.POST(post("conflicts", "{}", TOKENS.requestsOnly));
    expect([scoped.status, (await scoped.json()).error]).toEqual([403, expect.stringMatching(/scope "conflicts"/)]);
    expect((await requests.POST(post("requests", "{}", TOKENS.requestsOnly))).status).toBe(400);
  });

  it("counts the limit in bytes: 20,000 'é' fit 32,000 characters but not 32 KB", async () => {
    const body = JSON.stringify({ kind: "price_disagreement", note: "é".repeat(20_000) });
    expect(body.length).toBeLessThan(32 * 1024);
    expect((await conflicts.POST(post("conflicts", body))).status).toBe(413);
  });

  it("stops reading a chunked body past the limit", async () => {
    const { request, seen } = chunkedRequest("http://console.test/api/v1/requests", () => repeatedChunks(16 * 1024, 1280), { authorization: `Bearer ${TOKENS.all}` });
    expect((await requests.POST(request)).status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * 16 * 1024);
  });

  it("keeps a request whose text carries a NUL or half an emoji, stored clean", async () => {
    const raw = JSON.stringify(lead({ message: "Busco casa\u0000 en Fontana ", externalId: "nul-1" })).replace("Fontana ", "Fontana \\ud83d");
    const response = await requests.POST(post("requests", raw));
    expect(response.status).toBe(201);
    const { requestId } = await response.json();
    const [row] = await db().select().from(clientRequests).where(eq(clientRequests.id, requestId));
    expect(row!.requestText).toBe("Busco casa en Fontana \uFFFD");
  });

  it("refuses JSON nested 5,000 deep with 400 saying so", async () => {
    const deep = JSON.stringify(lead()).replace('"type"', `"extra":${"[".repeat(5000)}${"]".repeat(5000)},"type"`);
    const response = await requests.POST(post("requests", deep));
    expect([response.status, (await response.json()).error]).toEqual([400, expect.stringMatching(/more than 32 levels deep/)]);
  });

  it("refuses a booking at the far ends of JavaScript's dates, naming the accepted years", async () => {
    const booking = (startsAt: string, endsAt: string) => ({ seatId: fx.aliceSeat.id, clientId: fx.aliceClient.id, startsAt, endsAt, bookedAt: "2026-05-01T09:00:00Z" });
    const body = { kind: "double_booking", bookings: [booking("-271821-04-20T00:00:00.000Z", "2026-05-02T10:00:00Z"), { ...booking("2026-05-02T09:00:00Z", "+275760-09-13T00:00:00.000Z"), seatId: fx.bobSeat.id, clientId: fx.bobClient.id }] };
    const response = await conflicts.POST(post("conflicts", JSON.stringify(body)));
    expect([response.status, (await response.json()).error]).toEqual([400, expect.stringMatching(/startsAt must be a date and time between the years 1900 and 2200/)]);
  });
});
