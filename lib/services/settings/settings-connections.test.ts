import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GHL_FIELD_MAPPING, SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { getGhlLocationIds, getSettings } from "@/lib/db/queries/organizations";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { markets, organizations } from "@/lib/db/schema";
import { createTeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { updateGhlFieldMapping } from "./field-mapping";
import { addGhlLocation, MAX_GHL_LOCATIONS, removeGhlLocation } from "./ghl-locations";
import { updateMarketAliases } from "./market-aliases";

describeEachDriver("connecting GoHighLevel and naming places in Settings", ({ db }) => {
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  let rancho: string;
  let fontana: string;
  beforeAll(async () => {
    const team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
    rancho = team.market.id;
    const [fo] = await db().insert(markets).values({ organizationId: team.organizationId, name: "Fontana", slug: "fontana", type: "investment", zipCodes: ["92335"], county: "San Bernardino", latitude: 34.1, longitude: -117.4, medianPrice: 640_000, aliases: ["North Fontana"] }).returning();
    fontana = fo!.id;
  });

  it("keeps these settings to the overseer", async () => {
    expect(await addGhlLocation(db(), alice, { locationId: "ve9EPM428h8vShlRW1KT" })).toMatchObject({ ok: false, status: 403 });
    expect(await updateGhlFieldMapping(db(), alice, GHL_FIELD_MAPPING)).toMatchObject({ ok: false, status: 403 });
    expect(await updateMarketAliases(db(), alice, { marketId: rancho, aliases: "Alta Loma" })).toMatchObject({ ok: false, status: 403 });
    expect(await getGhlLocationIds(db(), jorge.organizationId)).toEqual([]);
  });

  it("adds and removes GoHighLevel locations, refusing a malformed, repeated or foreign one", async () => {
    expect(await addGhlLocation(db(), jorge, { locationId: " ve9EPM428h8vShlRW1KT " })).toEqual({ ok: true, data: { locationIds: ["ve9EPM428h8vShlRW1KT"] } });
    expect(await addGhlLocation(db(), jorge, { locationId: "https://app.gohighlevel.com/location/abc" })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/^A location id is 3 to 64 letters/) });
    expect(await addGhlLocation(db(), jorge, { locationId: "" })).toMatchObject({ ok: false, status: 400 });
    expect(await addGhlLocation(db(), jorge, { locationId: "ve9EPM428h8vShlRW1KT" })).toMatchObject({ ok: false, status: 409, error: "Location ve9EPM428h8vShlRW1KT is already connected." });
    const other = await createTeamFixture(db());
    await db().update(organizations).set({ ghlLocationIds: ["loc_elsewhere"] }).where(eq(organizations.id, other.organizationId));
    expect(await addGhlLocation(db(), jorge, { locationId: "loc_elsewhere" })).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/connected to another team/) });
    expect(await removeGhlLocation(db(), jorge, { locationId: "loc_never" })).toMatchObject({ ok: false, status: 404 });
    expect(await removeGhlLocation(db(), jorge, { locationId: "ve9EPM428h8vShlRW1KT" })).toEqual({ ok: true, data: { locationIds: [] } });
  });

  it("connects at most so many locations", async () => {
    await Promise.all(Array.from({ length: MAX_GHL_LOCATIONS }, (_, i) => addGhlLocation(db(), jorge, { locationId: `loc_many_${i}` })));
    expect(await getGhlLocationIds(db(), jorge.organizationId)).toHaveLength(MAX_GHL_LOCATIONS);
    expect(await addGhlLocation(db(), jorge, { locationId: "loc_one_more" })).toMatchObject({ ok: false, status: 400 });
  });

  it("stores a field mapping from comma-separated names, and refuses one field feeding two facts", async () => {
    const form = { ...Object.fromEntries(Object.entries(GHL_FIELD_MAPPING).map(([k, v]) => [k, v.join(", ")])), budget: "Budget, f9Xk2, BUDGET", leadSource: "" };
    const saved = await updateGhlFieldMapping(db(), jorge, form);
    expect(saved.ok && saved.data).toMatchObject({ budget: ["Budget", "f9Xk2"], leadSource: [] });
    expect((await getSettings(db(), jorge.organizationId, [SETTING_KEYS.ghlFieldMapping])).get(SETTING_KEYS.ghlFieldMapping)).toMatchObject({ budget: ["Budget", "f9Xk2"] });
    const clash = await updateGhlFieldMapping(db(), jorge, { ...form, timeline: "timeline, F9XK2" });
    expect(clash).toMatchObject({ ok: false, status: 400, error: 'Timeline: "F9XK2" already feeds Budget; give each custom field to one fact' });
    expect(await updateGhlFieldMapping(db(), jorge, { budget: "x" })).toMatchObject({ ok: false, status: 400 });
  });

  it("edits a market's aliases, each kept once, refusing a place another market answers to", async () => {
    expect(await updateMarketAliases(db(), jorge, { marketId: rancho, aliases: "Alta Loma, alta  loma, Etiwanda, Central RC" })).toEqual({ ok: true, data: { marketId: rancho, aliases: ["Alta Loma", "Etiwanda", "Central RC"] } });
    expect((await db().select({ aliases: markets.aliases }).from(markets).where(eq(markets.id, rancho)))[0]!.aliases).toEqual(["Alta Loma", "Etiwanda", "Central RC"]);
    expect(await updateMarketAliases(db(), jorge, { marketId: rancho, aliases: "Alta Loma, north fontana" })).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/^"north fontana" already names Fontana/) });
    expect(await updateMarketAliases(db(), jorge, { marketId: fontana, aliases: "Etiwanda" })).toMatchObject({ ok: false, status: 409 });
    expect(await updateMarketAliases(db(), jorge, { marketId: rancho, aliases: "Alta Loma, <script>" })).toMatchObject({ ok: false, status: 400, error: '"<script>": a place name has letters, spaces and . \' - & only, such as Alta Loma or Central RC.' });
    expect(await updateMarketAliases(db(), jorge, { marketId: "00000000-0000-4000-8000-000000000000", aliases: "Somewhere" })).toMatchObject({ ok: false, status: 404 });
    expect(await updateMarketAliases(db(), jorge, { marketId: rancho, aliases: "" })).toEqual({ ok: true, data: { marketId: rancho, aliases: [] } });
  });
});
