import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { clientRequests } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { storeTestTokens, TOKENS } from "../../testing/api-tokens";

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: () => state.db }));

const requests = await import("./route");

const post = (body: object) => new Request("http://console.test/api/v1/requests", { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${TOKENS.all}` } });
const lead = (extra: object) => ({ contact: { firstName: "Ana", email: "ana.source@example.com" }, type: "buyer", postalCode: "91701", ...extra });

describeEachDriver("POST /api/v1/requests", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    state.db = db();
    await storeTestTokens(db(), fx.organizationId, fx.overseer.email);
  });

  it("keeps where the lead came from in the recorded request", async () => {
    const response = await requests.POST(post(lead({ leadSource: " Zillow ", externalId: "source-1" })));
    expect(response.status).toBe(201);
    const { requestId } = await response.json();
    const [row] = await db().select({ payload: clientRequests.payload }).from(clientRequests).where(eq(clientRequests.id, requestId));
    expect(row?.payload).toMatchObject({ leadSource: "Zillow" });
  });

  it("refuses a lead source longer than 80 characters, naming the field", async () => {
    const response = await requests.POST(post(lead({ leadSource: "x".repeat(81), externalId: "source-2" })));
    expect([response.status, (await response.json()).error]).toEqual([400, "leadSource: leadSource is at most 80 characters"]);
  });
});
