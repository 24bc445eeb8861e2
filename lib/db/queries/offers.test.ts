import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, clients, interactions } from "../schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { getOfferPreview } from "./offer-preview";
import { listOpenOffers } from "./offers";

describeEachDriver("the preview an offer shows", ({ db }) => {
  let fx: CoordinationFixture;
  let nora: { id: string };
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    const [inserted] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Nora", lastName: "Newlead", email: "nora@example.com", type: "seller", pipeline: "seller", priceExpectation: 905_000, language: "es", marketId: fx.market.id }).returning();
    nora = inserted!;
    const offer = await insertOffer(db(), fx, { clientId: nora.id, seatId: fx.carlSeat.id, expiresAt: new Date(Date.now() + 600_000) });
    await db().update(assignments).set({ reason: "Speaks Spanish", scoreBreakdown: { explanations: { expertise: "sold 6 homes in Etiwanda", commission: "$54,300 at stake" } } }).where(eq(assignments.id, offer.id));
    const base = { organizationId: fx.organizationId, clientId: nora.id, channel: "sms" };
    await db().insert(interactions).values([
      { ...base, direction: "inbound", body: "Hola, quiero vender mi casa.", occurredAt: new Date("2026-11-30T17:00:00Z") },
      { ...base, direction: "inbound", body: "Call me at (909) 555-0142 or write nora.n@example.com, we close on 2026-12-15 for $905,000.", occurredAt: new Date("2026-11-30T18:00:00Z") },
      { ...base, direction: "outbound", seatId: fx.carlSeat.id, body: "Happy to help, Nora.", occurredAt: new Date("2026-11-30T19:00:00Z") },
    ]);
  });

  const HIDDEN = "Call me at [phone hidden] or write [email hidden], we close on 2026-12-15 for $905,000.";

  it("shows need, market, price band, language, the last inbound message with contacts hidden, and why this seat", async () => {
    const [offer] = await listOpenOffers(db(), fx.organizationId, fx.carlSeat.id);
    expect(offer).toMatchObject({
      clientName: "Nora Newlead", clientType: "seller", pipeline: "seller", language: "es", marketName: "Rancho Cucamonga", priceBand: { low: 900_000, high: 1_000_000 },
      lastMessage: { body: HIDDEN, channel: "sms", at: new Date("2026-11-30T18:00:00Z") },
      why: { reason: "Speaks Spanish", factors: [{ factor: "expertise", explanation: "sold 6 homes in Etiwanda" }] },
    });
    expect(JSON.stringify(offer)).not.toMatch(/555-0142|nora\.n@|nora@example|54,300/);
  });

  it("gives the client page's preview the same message, and none before the client writes", async () => {
    expect((await getOfferPreview(db(), fx.organizationId, fx.carlSeat.id, nora.id))?.lastMessage?.body).toBe(HIDDEN);
    await insertOffer(db(), fx, { clientId: fx.bobClient.id, seatId: fx.carlSeat.id, teamRole: "support", expiresAt: new Date(Date.now() + 900_000) });
    expect((await getOfferPreview(db(), fx.organizationId, fx.carlSeat.id, fx.bobClient.id))?.lastMessage).toBeNull();
  });
});
