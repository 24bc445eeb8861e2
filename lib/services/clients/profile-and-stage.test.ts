import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, clients } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { READ_ONLY_ROLE } from "../client-access";
import { changeClientStage } from "./change-stage";
import { editClientProfile } from "./edit-profile";

describeEachDriver("changing a client's stage and profile", ({ db }) => {
  let fx: CoordinationFixture;
  const client = async (id: string) => (await db().select().from(clients).where(eq(clients.id, id)))[0]!;
  const audits = (entityId: string, action: string) => db().select().from(auditLog).where(and(eq(auditLog.organizationId, fx.organizationId), eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
  const profile = (clientId: string, extra: Record<string, unknown> = {}) => ({
    clientId, firstName: "Carmen", lastName: "Buyer", email: "carmen@example.com", phone: "(909) 555-0142", propertyAddress: "", city: "Rancho Cucamonga", postalCode: "91739",
    language: "es", timeZone: "America/Los_Angeles", budget: "$700k-850k", timelineDays: "45", preApproved: "yes", preApprovalAmount: "$820,000", smsConsent: "on", emailConsent: "", ...extra,
  });

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("moves a buyer along the buyer pipeline only, with the move in the audit log", async () => {
    expect(await changeClientStage(db(), fx.as.alice, { clientId: fx.aliceClient.id, stage: "Showing Scheduled" })).toEqual({ ok: true, data: { from: "New Lead", to: "Showing Scheduled" } });
    expect((await client(fx.aliceClient.id)).stage).toBe("Showing Scheduled");
    expect((await audits(fx.aliceClient.id, "client.stage_changed"))[0]!.data).toEqual({ pipeline: "buyer", from: "New Lead", to: "Showing Scheduled" });
    expect(await changeClientStage(db(), fx.as.alice, { clientId: fx.aliceClient.id, stage: "Listed" })).toEqual({ ok: false, status: 422, error: expect.stringMatching(/^"Listed" is not a stage of the buyer pipeline; choose one of: New Lead, Qualifying/) });
    expect(await changeClientStage(db(), fx.as.alice, { clientId: fx.aliceClient.id, stage: "Showing Scheduled" })).toMatchObject({ ok: false, status: 409 });
    expect(await changeClientStage(db(), fx.as.jorge, { clientId: fx.bobClient.id, stage: "Listing Appointment" })).toMatchObject({ ok: true });
    expect(await changeClientStage(db(), fx.as.alice, { clientId: fx.bobClient.id, stage: "Listed" })).toMatchObject({ ok: false, status: 404 });
  });

  it("saves the profile with money as people type it, the phone in international form, and audits the fields changed", async () => {
    expect(await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id))).toMatchObject({ ok: true, data: { changed: expect.arrayContaining(["phone", "budgetMin", "budgetMax", "preApprovalAmount", "language"]) } });
    expect(await client(fx.aliceClient.id)).toMatchObject({ phone: "+19095550142", budgetMin: 700_000, budgetMax: 850_000, preApproved: true, preApprovalAmount: 820_000, city: "Rancho Cucamonga", postalCode: "91739", language: "es", timelineDays: 45, smsConsent: true, emailConsent: false, propertyAddress: null });
    const [entry] = await audits(fx.aliceClient.id, "client.profile_edited");
    expect(JSON.stringify(entry!.data)).not.toContain("909");
    expect(await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id))).toEqual({ ok: true, data: { changed: [] } });
  });

  it("reads back the budget the way the form shows it: a range, a most, a least", async () => {
    for (const [budget, min, max] of [["$1,070,000-$1,235,000", 1_070_000, 1_235_000], ["up to $850,000", null, 850_000], ["$700,000+", 700_000, null]] as const) {
      expect(await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id, { budget }))).toMatchObject({ ok: true });
      expect(await client(fx.aliceClient.id)).toMatchObject({ budgetMin: min, budgetMax: max });
    }
  });

  it("keeps a seller's budget untouched and reads their price; drops a pre-approval amount without pre-approval", async () => {
    await editClientProfile(db(), fx.as.bob, profile(fx.bobClient.id, { firstName: "Sam", lastName: "Seller", email: "", phone: "+19095550100", price: "1.2M", budget: "", preApproved: "unknown", preApprovalAmount: "$500k" }));
    expect(await client(fx.bobClient.id)).toMatchObject({ priceExpectation: 1_200_000, budgetMin: null, budgetMax: null, preApproved: null, preApprovalAmount: null, email: null });
  });

  it("names each bad field in plain words and writes nothing", async () => {
    const bad = await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id, { email: "carmen@", phone: "12", postalCode: "9173", budget: "lots", timelineDays: "soon", timeZone: "Pacific" }));
    expect(bad).toMatchObject({ ok: false, status: 400 });
    const error = bad.ok ? "" : bad.error;
    for (const words of ["email: Enter an email address", "phone: Enter a phone number", "postalCode: Enter a 5-digit ZIP", "budget: Write the budget like", "timelineDays: Enter the timeline in whole days", "timeZone: Choose the client's time zone"]) expect(error).toContain(words);
    expect((await client(fx.aliceClient.id)).email).toBe("carmen@example.com");
  });

  it("keeps the client reachable and an opt-out in force", async () => {
    expect(await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id, { email: "", phone: "" }))).toEqual({ ok: false, status: 422, error: "Keep an email or a phone number: the team needs a way to reach the client." });
    await db().update(clients).set({ smsConsent: false, optedOutAt: new Date("2026-02-02T18:00:00Z") }).where(eq(clients.id, fx.aliceClient.id));
    expect(await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id))).toEqual({ ok: false, status: 422, error: "The client opted out of texts on Feb 2, 2026; only the client can opt back in, by texting START." });
    expect(await editClientProfile(db(), fx.as.alice, profile(fx.aliceClient.id, { smsConsent: "" }))).toMatchObject({ ok: true });
  });

  it("refuses a viewer and a stranger", async () => {
    const viewer = { ...fx.as.jorge, role: "viewer", seatId: null, permissions: ["clients.read_all"] };
    expect(await editClientProfile(db(), viewer, profile(fx.aliceClient.id))).toEqual({ ok: false, status: 403, error: READ_ONLY_ROLE });
    expect(await changeClientStage(db(), viewer, { clientId: fx.aliceClient.id, stage: "Qualifying" })).toEqual({ ok: false, status: 403, error: READ_ONLY_ROLE });
    expect(await editClientProfile(db(), fx.as.carl, profile(fx.aliceClient.id))).toMatchObject({ ok: false, status: 404 });
  });
});
