import { generateKeyPairSync, sign } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GHL_FIELD_MAPPING, SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { putSetting } from "@/lib/db/queries/organizations";
import { clients, markets, organizations } from "@/lib/db/schema";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { receiveGhlDelivery } from "../receive-ghl-delivery";
import { drainRequests } from "../request-worker";
import { submitClientRequest } from "../submit-client-request";

const keys = generateKeyPairSync("ed25519");
const now = new Date("2026-11-25T18:00:00Z");
const url = new URL("http://console.test/api/webhooks/ghl");

describeEachDriver("filling the client from what a request says", ({ db }) => {
  let organizationId: string;
  let rancho: string;
  let fontana: string;
  const saved = { ...process.env };

  async function deliver(payload: object) {
    const rawBody = Buffer.from(JSON.stringify({ locationId: "loc_intake", ...payload }));
    const result = await receiveGhlDelivery(db(), { rawBody, headers: new Headers({ "x-ghl-signature": sign(null, rawBody, keys.privateKey).toString("base64") }), url, now });
    expect(result).toMatchObject({ status: 200 });
    await drainRequests(db());
  }
  const client = async (ghlContactId: string) => (await db().select().from(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.ghlContactId, ghlContactId))))[0]!;

  beforeAll(async () => {
    process.env.GHL_WEBHOOK_PUBLIC_KEY = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
    const fx = await createTeamFixture(db());
    organizationId = fx.organizationId;
    rancho = fx.market.id;
    await db().update(organizations).set({ ghlLocationIds: ["loc_intake"] }).where(eq(organizations.id, organizationId));
    await db().update(markets).set({ zipCodes: ["91701", "91730", "91737", "91739"], aliases: ["Alta Loma", "Etiwanda", "Terra Vista", "Victoria Gardens", "Day Creek", "Central RC"] }).where(eq(markets.id, rancho));
    const [fo] = await db().insert(markets).values({ organizationId, name: "Fontana", slug: "fontana", type: "investment", zipCodes: ["92335", "92336"], county: "San Bernardino", latitude: 34.1, longitude: -117.4, medianPrice: 640_000, aliases: ["Fontana"] }).returning();
    fontana = fo!.id;
  });
  afterAll(() => {
    process.env = saved;
  });

  const create = {
    type: "ContactCreate", id: "ghl_ana", firstName: "Ana", lastName: "Reyes", email: "Ana.Reyes@example.com", phone: "(909) 555-0143", address1: "9470 Hillside Rd", city: "Rancho Cucamonga",
    state: "CA", postalCode: "91737", source: "Zillow", timezone: "America/Los_Angeles", dnd: false, tags: ["seller"], customFields: [{ id: "asking_price", key: "contact.asking_price", field_value: "$1.1M" }],
  };

  it("fills a ContactCreate's address, market, phone, source, time zone, tags and custom fields", async () => {
    await deliver(create);
    expect(await client("ghl_ana")).toMatchObject({
      firstName: "Ana", lastName: "Reyes", email: "ana.reyes@example.com", phone: "+19095550143", propertyAddress: "9470 Hillside Rd", city: "Rancho Cucamonga", state: "CA", postalCode: "91737",
      marketId: rancho, leadSource: "Zillow", timeZone: "America/Los_Angeles", tags: ["seller"], type: "seller", customFields: { asking_price: "$1.1M" }, priceExpectation: 1_100_000,
      // Not being on do-not-disturb is not consent: nobody texts Ana until she gives it.
      smsConsent: false, emailConsent: false,
    });
  });

  it("fills and changes fields on ContactUpdate, and never blanks a known one with a missing one", async () => {
    await deliver({ type: "ContactUpdate", id: "ghl_ana", phone: "909-555-0177", customFields: { "Move Timeline": "30 days" } });
    expect(await client("ghl_ana")).toMatchObject({ firstName: "Ana", email: "ana.reyes@example.com", phone: "+19095550177", propertyAddress: "9470 Hillside Rd", timelineDays: 30, customFields: { asking_price: "$1.1M", "Move Timeline": "30 days" } });
  });

  it("takes consent away on do-not-disturb and never gives it back over an opt-out", async () => {
    await db().update(clients).set({ smsConsent: true, emailConsent: true }).where(eq(clients.ghlContactId, "ghl_ana"));
    await deliver({ type: "ContactUpdate", id: "ghl_ana", dnd: true });
    expect(await client("ghl_ana")).toMatchObject({ smsConsent: false, emailConsent: false });
    await db().update(clients).set({ optedOutAt: now }).where(eq(clients.ghlContactId, "ghl_ana"));
    await deliver({ type: "ContactUpdate", id: "ghl_ana", dnd: false });
    expect(await client("ghl_ana")).toMatchObject({ smsConsent: false, emailConsent: false });
  });

  it("replaces the tags on a tag update", async () => {
    await deliver({ type: "ContactTagUpdate", id: "ghl_ana", tags: ["seller", "jorge"] });
    await deliver({ type: "ContactTagUpdate", id: "ghl_ana", tags: ["jorge"] });
    expect((await client("ghl_ana")).tags).toEqual(["jorge"]);
  });

  it("reads a workflow's custom fields object through the mapping and scores a ready buyer warm", async () => {
    await deliver({ contact: { id: "ghl_luis", firstName: "Luis", phone: "+19095550199", tags: ["buyer"], customFields: { Budget: "$700-800K", Timeline: "30 days", "Pre-Approved": "Yes", "Zip Code": "92336" } }, message: { type: "SMS", body: "Busco casa" } });
    const luis = await client("ghl_luis");
    expect(luis).toMatchObject({ budgetMin: 700_000, budgetMax: 800_000, timelineDays: 30, preApproved: true, postalCode: "92336", marketId: fontana, temperature: "warm" });
    expect(luis.leadScore).toBeGreaterThanOrEqual(40);
  });

  it("follows the overseer's mapping, custom field ids included", async () => {
    await putSetting(db(), organizationId, SETTING_KEYS.ghlFieldMapping, { budget: ["f9Xk2"] }, "test");
    await deliver({ type: "ContactCreate", id: "ghl_mapped", firstName: "Mina", customFields: [{ id: "f9Xk2", value: "under 750k" }, { id: "budget", value: "2M" }] });
    expect(await client("ghl_mapped")).toMatchObject({ budgetMin: null, budgetMax: 750_000 });
    await putSetting(db(), organizationId, SETTING_KEYS.ghlFieldMapping, GHL_FIELD_MAPPING, "test");
  });

  it("finds the market from a neighborhood given as the city or named in a message", async () => {
    await deliver({ type: "ContactCreate", id: "ghl_etiwanda", firstName: "Eva", city: "Etiwanda" });
    expect((await client("ghl_etiwanda")).marketId).toBe(rancho);
    await deliver({ type: "InboundMessage", contactId: "ghl_alta", messageId: "m_alta", messageType: "SMS", body: "Hi, we want to sell our house in Alta Loma", dateAdded: now.toISOString() });
    expect((await client("ghl_alta")).marketId).toBe(rancho);
  });

  it("writes lead source, state, time zone and custom fields from the form and API, and scores the lead", async () => {
    const r = await submitClientRequest(db(), organizationId, "api", {
      contact: { firstName: "Rosa", email: "rosa.api@example.com", phone: "909 555 0101" }, type: "buyer", leadSource: "Open house", state: "CA", city: "Victoria Gardens",
      timeZone: "America/Phoenix", customFields: { "Price Range": "$650-700K", timeframe: "ASAP" }, preApproved: true,
    });
    const [row] = await db().select().from(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.id, r.ok ? r.data.clientId! : "")));
    expect(row).toMatchObject({ leadSource: "Open house", state: "CA", timeZone: "America/Phoenix", phone: "+19095550101", marketId: rancho, budgetMin: 650_000, budgetMax: 700_000, timelineDays: 0, temperature: "warm" });
    expect(row!.customFields).toEqual({ "Price Range": "$650-700K", timeframe: "ASAP" });
  });
});
