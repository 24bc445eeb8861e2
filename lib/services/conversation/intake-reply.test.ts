import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { setJobQueue } from "@/lib/jobs/runtime";
import type { SendOptions } from "@/lib/jobs/types";
import { seats } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { submitClientRequest } from "../submit-client-request";
import { answerClientMessage } from "./answer-message";
import { CONVERSATION_JOBS, CONVERSATION_REPLY_JOB, CONVERSATION_SWEEP_JOB } from "./jobs";
import { createConversationFixture, type ConversationFixture } from "./testing/conversation-fixture";

describeEachDriver("intake asking the AI seat for its reply", ({ db }) => {
  let fx: ConversationFixture;
  const sent: { name: string; data: unknown; options?: SendOptions }[] = [];
  beforeAll(async () => {
    vi.stubEnv("GHL_TOKEN_KEY", randomBytes(32).toString("base64"));
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
    fx = await createConversationFixture(db());
    // Bob is away, so the listing AI leads new sellers.
    await db().update(seats).set({ presence: "away" }).where(eq(seats.id, fx.bobSeat.id));
    setJobQueue({ send: async (name, data, options) => void sent.push({ name, data, options }), stop: async () => {} });
  });
  afterAll(() => {
    setJobQueue(null);
    vi.unstubAllEnvs();
  });

  it("enqueues the reply to a new seller's message once routing made an AI seat the lead, and the reply is queued within 2 s", async () => {
    const started = Date.now();
    const result = await submitClientRequest(db(), fx.organizationId, "form", {
      contact: { firstName: "Rosa", lastName: "Delgado", phone: "+19095550142", ghlContactId: `contact_rosa_${fx.organizationId.slice(0, 6)}` }, type: "seller", postalCode: "91701", smsConsent: true,
      message: "Thinking of selling my house in Alta Loma this spring",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "routed" } });
    const job = sent.find((s) => s.name === CONVERSATION_REPLY_JOB);
    expect(job).toMatchObject({ data: { organizationId: fx.organizationId, interactionId: expect.any(String) }, options: { singletonKey: expect.stringMatching(/^reply:/) } });
    expect(await answerClientMessage(db(), job!.data)).toMatchObject({ status: "replied", action: "first_touch" });
    expect(Date.now() - started).toBeLessThan(2_000);
    const clientId = result.ok ? result.data.clientId! : "";
    expect((await fx.replies(clientId)).map((m) => [m.state, m.seatId])).toEqual([["queued", fx.listingAi.id]]);
  });

  it("gives a new lead with no message a first touch, keyed per client", async () => {
    sent.length = 0;
    const result = await submitClientRequest(db(), fx.organizationId, "api", { contact: { firstName: "Hugo", lastName: "Silent", phone: "+19095550143", ghlContactId: `contact_hugo_${fx.organizationId.slice(0, 6)}` }, type: "seller", postalCode: "91730", smsConsent: true });
    const clientId = result.ok ? result.data.clientId! : "";
    const job = sent.find((s) => s.name === CONVERSATION_REPLY_JOB);
    expect(job).toMatchObject({ data: { clientId, interactionId: null }, options: { singletonKey: `first-touch:${clientId}` } });
    expect(await answerClientMessage(db(), job!.data)).toMatchObject({ status: "replied", action: "first_touch" });
    expect(await answerClientMessage(db(), job!.data)).toMatchObject({ status: "already" });
    expect((await fx.replies(clientId)).map((m) => m.idempotencyKey)).toEqual([`first-touch:${clientId}`]);
  });

  it("declares the reply job and the 10-second sweep, and refuses bad payloads by name", () => {
    const [reply, sweep] = CONVERSATION_JOBS;
    expect(reply).toMatchObject({ name: CONVERSATION_REPLY_JOB });
    expect(sweep).toMatchObject({ name: CONVERSATION_SWEEP_JOB, cron: "* * * * *", everyMs: 10_000 });
    expect(reply!.schema.safeParse({ organizationId: fx.organizationId, clientId: fx.lucia.id }).success).toBe(false);
    expect(sweep!.schema.safeParse({}).success).toBe(true);
  });
});
