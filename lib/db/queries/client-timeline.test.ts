import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { outboundMessages } from "@/lib/db/schema";
import type { OutboundDraft } from "@/lib/services/outbox/draft";
import { submitOutboundMessage } from "@/lib/services/outbox/queue-message";
import type { Reviewer } from "@/lib/services/outbox/review-draft";
import { sendAnyway } from "@/lib/services/outbox/send-anyway";
import { createOutboxFixture, REVIEWERS, type OutboxFixture } from "@/lib/services/outbox/testing/outbox-fixture";
import { bookAppointment } from "@/lib/services/appointments/book-appointment";
import { changeAppointmentStatus } from "@/lib/services/appointments/change-appointment-status";
import { logContact } from "@/lib/services/clients/log-contact";
import { createCoordinationFixture, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { getClientTimeline } from "./client-timeline";
import { authorLabel, outboxStateLabel } from "./outbound-timeline";

describeEachDriver("the client's timeline of calls and appointments", ({ db }) => {
  let fx: CoordinationFixture;
  const booked = new Date("2026-03-13T18:00:00Z");

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await logContact(db(), fx.as.alice, { clientId: fx.aliceClient.id, channel: "call", outcome: "no_answer" }, new Date("2026-03-13T17:00:00Z"));
    const showing = await bookAppointment(db(), fx.as.alice, { clientId: fx.aliceClient.id, kind: "showing", startsAt: "2026-03-14T10:00", durationMinutes: "45", place: "7421 Etiwanda Ave", notes: "Gate code 1234" }, booked);
    if (!showing.ok) throw new Error(showing.error);
    await changeAppointmentStatus(db(), fx.as.alice, { clientId: fx.aliceClient.id, appointmentId: showing.data.appointmentId, status: "cancelled" }, new Date("2026-03-13T19:00:00Z"));
  });

  it("shows the call with its outcome, the booking with its time in the client's zone, and the cancellation with who did it", async () => {
    const entries = await getClientTimeline(db(), fx.organizationId, fx.aliceClient.id);
    const appointmentEntries = entries.filter((e) => e.kind === "appointment");
    expect(appointmentEntries.map((e) => [e.title, e.actor, e.tag])).toEqual([
      ["Showing on Sat, Mar 14, 10:00 AM PDT marked cancelled", "Alice Agent", "cancelled"],
      ["Showing on Sat, Mar 14, 10:00 AM PDT booked", "Alice Agent", "scheduled"],
    ]);
    expect(appointmentEntries[1]!.body).toBe("7421 Etiwanda Ave — Gate code 1234");
    expect(entries.find((e) => e.kind === "message")).toMatchObject({ title: "Call to the client · No answer", body: null, actor: "Alice Agent", tag: "call:outbound" });
  });

  it("shows nothing of one client's appointments on another's timeline", async () => {
    const entries = await getClientTimeline(db(), fx.organizationId, fx.bobClient.id);
    expect(entries.filter((e) => e.kind === "appointment")).toEqual([]);
  });
});

describeEachDriver("the client's timeline of messages written through the outbox", ({ db }) => {
  let fx: OutboxFixture;
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 18, minute));
  const write = async (body: string, minute: number, review: Reviewer, over: Partial<OutboundDraft> = {}) => {
    const r = await submitOutboundMessage(db(), fx.draft({ body, ...over }), at(minute), { review });
    if (!r.ok) throw new Error(r.error);
    return r.data.message;
  };
  beforeAll(async () => {
    vi.stubEnv("GHL_TOKEN_KEY", randomBytes(32).toString("base64"));
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
    fx = await createOutboxFixture(db());
  });
  afterAll(() => vi.unstubAllEnvs());

  it("shows each message once with its author, state badge, verdict and times, blocked and held ones included", async () => {
    const queued = await write("Hi Lucia, the showing is confirmed.", 1, REVIEWERS.clean);
    await write("This home is perfect for a couple with no kids", 2, REVIEWERS.blocked);
    const held = await write("Great for families, close to parks", 3, REVIEWERS.warned, { authorKind: "ai", seatId: fx.aiSeat.id, authorUserId: null });
    const failed = await write("Hi Lucia, the inspection is on Monday.", 4, REVIEWERS.clean);
    await db().update(outboundMessages).set({ state: "failed", lastError: "GoHighLevel refused the contact", failedAt: at(5) }).where(eq(outboundMessages.id, failed.id));
    await db().update(outboundMessages).set({ state: "delivered", sentAt: at(6), deliveredAt: at(7) }).where(eq(outboundMessages.id, queued.id));

    const messages = (await getClientTimeline(db(), fx.organizationId, fx.lucia.id)).filter((e) => e.kind === "message");
    expect(messages.map((e) => [e.body, e.actor, e.outbound?.stateLabel, e.outbound?.fairHousing, e.outbound?.findings.length])).toEqual([
      ["Hi Lucia, the inspection is on Monday.", "Alice Agent", "Failed: GoHighLevel refused the contact", "ok", 0],
      ["Great for families, close to parks", "Buyer AI (AI)", "Held for review", "warn", 1],
      ["This home is perfect for a couple with no kids", "Alice Agent", "Blocked", "block", 2],
      ["Hi Lucia, the showing is confirmed.", "Alice Agent", "Delivered", "ok", 0],
    ]);
    expect(messages.find((e) => e.id === queued.id)?.outbound?.times.map((t) => t.label)).toEqual(["Written", "Queued", "Sent", "Delivered"]);
    expect(messages.find((e) => e.id === held.id)?.outbound?.findings[0]).toMatchObject({ severity: "warn", excerpt: "great for families" });
  });

  it("names who sent a warned message anyway", async () => {
    const held = await write("Great for families, four bedrooms near the park.", 10, REVIEWERS.warned);
    const sent = await sendAnyway(db(), fx.as.alice, { outboundMessageId: held.id }, at(11), REVIEWERS.warned);
    if (!sent.ok) throw new Error(sent.error);
    const entry = (await getClientTimeline(db(), fx.organizationId, fx.lucia.id)).filter((e) => e.id === held.id);
    expect(entry).toHaveLength(1);
    expect(entry[0]!.outbound).toMatchObject({ state: "queued", overriddenBy: "Alice Agent", times: [{ label: "Written" }, { label: "Sent anyway" }, { label: "Queued" }] });
  });
});

it("words each delivery state and each kind of author", () => {
  expect(outboxStateLabel("failed", "timed out")).toBe("Failed: timed out");
  expect(outboxStateLabel("failed", null)).toBe("Failed");
  expect(outboxStateLabel("not_connected", "no token")).toBe("Not connected");
  expect(authorLabel("ai", "Buyer AI", null)).toBe("Buyer AI (AI)");
  expect(authorLabel("human", "Jorge Salas", "Jorge Salas")).toBe("Jorge Salas");
  expect(authorLabel("human", "Listing desk", "Maria Lopez")).toBe("Maria Lopez for Listing desk");
  expect(authorLabel("campaign", null, null)).toBe("The team (campaign)");
});
