import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { apiTokens, clients } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { sha256Hex } from "@/lib/services/webhook-auth";
import { storeTestTokens, TOKENS } from "../../testing/api-tokens";

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: () => state.db }));

const byContact = await import("./route");
const byId = await import("./[id]/route");

const CLIENTS_TOKEN = "jsc_test_clients_scope_000000";
const get = (path: string, token = CLIENTS_TOKEN) => new Request(`http://console.test${path}`, { headers: { authorization: `Bearer ${token}` } });
const answer = async (response: Response) => [response.status, await response.json()] as const;

describeEachDriver("GET /api/v1/clients", ({ db }) => {
  let team: TeamFixture;
  let other: TeamFixture;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    other = await createTeamFixture(db());
    state.db = db();
    await storeTestTokens(db(), team.organizationId, team.overseer.email);
    await db().insert(apiTokens).values({ organizationId: team.organizationId, name: "clients", tokenHash: sha256Hex(CLIENTS_TOKEN), prefix: CLIENTS_TOKEN.slice(0, 8), createdBy: team.overseer.email, scopes: ["clients"] });
    await db().update(clients).set({ ghlContactId: "ghlCarmen1" }).where(eq(clients.id, team.aliceClient.id));
  });

  it("finds a client by GoHighLevel contact id and by id, with the same record", async () => {
    const [status, body] = await answer(await byContact.GET(get("/api/v1/clients?ghlContactId=ghlCarmen1")));
    expect([status, body.client.id, body.client.firstName]).toEqual([200, team.aliceClient.id, "Carmen"]);
    const [status2, body2] = await answer(await byId.GET(get(`/api/v1/clients/${team.aliceClient.id}`), { params: Promise.resolve({ id: team.aliceClient.id }) }));
    expect([status2, body2.client]).toEqual([200, body.client]);
  });

  it("answers 400 with the fix for a missing, repeated or odd contact id, and for an id that is not a UUID", async () => {
    const [missing, m] = await answer(await byContact.GET(get("/api/v1/clients")));
    expect([missing, m.error]).toEqual([400, expect.stringMatching(/^ghlContactId is missing\. Look a client up with \?ghlContactId=/)]);
    expect((await byContact.GET(get("/api/v1/clients?ghlContactId=a&ghlContactId=b"))).status).toBe(400);
    expect((await byContact.GET(get("/api/v1/clients?ghlContactId=%20"))).status).toBe(400);
    expect((await byContact.GET(get("/api/v1/clients?ghlContactId=a%3Bdrop"))).status).toBe(400);
    const [bad, b] = await answer(await byId.GET(get("/api/v1/clients/42"), { params: Promise.resolve({ id: "42" }) }));
    expect([bad, b.error]).toEqual([400, expect.stringMatching(/must be a UUID/)]);
  });

  it("answers 404 for another organization's client, 403 without the clients scope, 401 without a token", async () => {
    expect((await byId.GET(get(`/api/v1/clients/${other.aliceClient.id}`), { params: Promise.resolve({ id: other.aliceClient.id }) })).status).toBe(404);
    expect((await byContact.GET(get("/api/v1/clients?ghlContactId=unknown"))).status).toBe(404);
    expect((await byContact.GET(get("/api/v1/clients?ghlContactId=ghlCarmen1", TOKENS.requestsOnly))).status).toBe(403);
    expect((await byContact.GET(new Request("http://console.test/api/v1/clients?ghlContactId=ghlCarmen1"))).status).toBe(401);
  });
});
