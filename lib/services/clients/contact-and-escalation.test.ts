import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { escalationNotes, escalations, interactions } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { ACCEPT_OFFER_FIRST } from "../client-access";
import { escalateByHand } from "./escalate-by-hand";
import { logContact } from "./log-contact";

describeEachDriver("logging calls and escalating to Jorge by hand", ({ db }) => {
  let fx: CoordinationFixture;
  const now = new Date("2026-03-14T17:00:00Z");
  const loggedOn = (clientId: string) => db().select().from(interactions).where(and(eq(interactions.organizationId, fx.organizationId), eq(interactions.clientId, clientId)));

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("logs a call with its outcome and note on the member's seat", async () => {
    expect(await logContact(db(), fx.as.alice, { clientId: fx.aliceClient.id, channel: "call", outcome: "left_voicemail", note: "Asked her to call back about Saturday." }, now)).toMatchObject({ ok: true });
    expect(await logContact(db(), fx.as.alice, { clientId: fx.aliceClient.id, channel: "meeting", outcome: "appointment_set", direction: "inbound" }, now)).toMatchObject({ ok: true });
    expect(await loggedOn(fx.aliceClient.id)).toEqual(expect.arrayContaining([
      expect.objectContaining({ channel: "call", direction: "outbound", outcome: "left_voicemail", body: "Asked her to call back about Saturday.", seatId: fx.aliceSeat.id, occurredAt: now, productive: null }),
      expect.objectContaining({ channel: "meeting", direction: "inbound", outcome: "appointment_set", body: "Appointment set", productive: true }),
    ]));
  });

  it("refuses a phone-only outcome for a meeting, an unknown outcome, a stranger and a pending offer, writing nothing", async () => {
    const before = (await loggedOn(fx.aliceClient.id)).length;
    expect(await logContact(db(), fx.as.alice, { clientId: fx.aliceClient.id, channel: "meeting", outcome: "no_answer" }, now)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("outcome: A meeting ends connected") });
    expect(await logContact(db(), fx.as.alice, { clientId: fx.aliceClient.id, channel: "call", outcome: "maybe" }, now)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("Choose how it ended") });
    expect(await logContact(db(), fx.as.bob, { clientId: fx.aliceClient.id, channel: "call", outcome: "connected" }, now)).toMatchObject({ ok: false, status: 404 });
    await insertOffer(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", expiresAt: new Date(Date.now() + 600_000) });
    expect(await logContact(db(), fx.as.carl, { clientId: fx.aliceClient.id, channel: "call", outcome: "connected" }, now)).toEqual({ ok: false, status: 403, error: ACCEPT_OFFER_FIRST });
    expect(await loggedOn(fx.aliceClient.id)).toHaveLength(before);
  });

  it("opens an escalation with the reason, severity and deadlines, and adds a repeat as a note", async () => {
    const first = await escalateByHand(db(), fx.as.alice, { clientId: fx.aliceClient.id, severity: "high", reason: "She wants to talk commission with Jorge himself." }, now);
    expect(first).toMatchObject({ ok: true, data: { created: true, message: "Sent to Jorge as high: he acknowledges within 1 h." } });
    const [row] = await db().select().from(escalations).where(eq(escalations.id, first.ok ? first.data.escalationId : ""));
    expect(row).toMatchObject({ trigger: "human_requested", severity: "high", seatId: fx.aliceSeat.id, summary: "Alice Agent asks for Jorge: She wants to talk commission with Jorge himself.", ackDueAt: new Date("2026-03-14T18:00:00Z") });
    const again = await escalateByHand(db(), fx.as.alice, { clientId: fx.aliceClient.id, severity: "low", reason: "Also asks about a second property." }, now);
    expect(again).toMatchObject({ ok: true, data: { created: false, escalationId: row!.id } });
    expect(await db().select().from(escalationNotes).where(eq(escalationNotes.escalationId, row!.id))).toHaveLength(1);
  });

  it("asks for a reason and a known severity, and answers a stranger 404", async () => {
    expect(await escalateByHand(db(), fx.as.alice, { clientId: fx.aliceClient.id, severity: "high", reason: "help" }, now)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("why Jorge is needed") });
    expect(await escalateByHand(db(), fx.as.alice, { clientId: fx.aliceClient.id, severity: "urgent", reason: "Needs Jorge on the phone today." }, now)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("critical, high, medium or low") });
    expect(await escalateByHand(db(), fx.as.bob, { clientId: fx.aliceClient.id, severity: "high", reason: "Needs Jorge on the phone today." }, now)).toMatchObject({ ok: false, status: 404 });
  });
});
