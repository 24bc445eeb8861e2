import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { acceptedPhrasing } from "../llm/phrase-check";
import { phraseRequestSchema } from "../llm/phrase-request";
import { startChatServer, type ChatServer } from "../llm/testing/chat-server";
import { answerClientMessage } from "./answer-message";
import { createConversationFixture, type ConversationFixture } from "./testing/conversation-fixture";

const NOW = new Date("2026-12-01T18:00:00Z");
const CLEAN = "Hi Ana, you're texting the automated assistant for Jorge Salas's team in Rancho Cucamonga. Thanks for reaching out about selling; a few quick questions will help the team advise you well. First, what is the address of the home you'd like to sell?";
const FAMILIES = CLEAN.replace("First, what", "Homes here are great for families! First, what");
const PRESSURE = CLEAN.replace("First, what", "Act now while buyers are out. First, what");

/** The template the engine asked the model to rephrase, read back from the request the server received. */
const templateSent = (server: ChatServer) => {
  const messages = server.received.at(-1)?.body.messages as { role: string; content: string }[] | undefined;
  const user = messages?.find((m) => m.role === "user")?.content ?? "";
  return /^Template: (.*)$/m.exec(user)?.[1] ?? "";
};

/** Whether the model's own check would take the text, so a template in its place is the gate's doing. */
const passesModelCheck = (text: string, template: string) => acceptedPhrasing(text, phraseRequestSchema.parse({ template, purpose: "first touch with a new lead", language: "en", firstName: "Ana" })) === text;

describeEachDriver("the AI seat's replies phrased by the optional language model", ({ db }) => {
  let fx: ConversationFixture;
  let server: ChatServer;
  beforeAll(async () => {
    server = await startChatServer();
    vi.stubEnv("GHL_TOKEN_KEY", randomBytes(32).toString("base64"));
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
    vi.stubEnv("LLM_BASE_URL", server.baseURL);
    vi.stubEnv("LLM_API_KEY", "phrasing-key");
    vi.stubEnv("LLM_MODEL", "phrasing-model");
    fx = await createConversationFixture(db());
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server.close();
  });
  beforeEach(() => {
    server.received.length = 0;
    server.reply = {};
  });

  /** A new seller writes in and the AI seat answers through the real engine, the model included. */
  const firstMessage = async () => {
    const c = await fx.client({ pipeline: "seller", firstName: "Ana" });
    const m = await fx.says(c.id, "Hi, I want to sell my home", NOW);
    const started = Date.now();
    const outcome = await answerClientMessage(db(), { organizationId: fx.organizationId, clientId: c.id, interactionId: m.id }, NOW);
    const took = Date.now() - started;
    return { outcome, took, replies: await fx.replies(c.id) };
  };

  it("queues the model's rephrasing when it keeps the question, has no emoji and fits a text", async () => {
    server.reply = { content: CLEAN };
    const { outcome, replies } = await firstMessage();
    expect(outcome).toMatchObject({ status: "replied", action: "first_touch" });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ state: "queued", authorKind: "ai", channel: "sms", body: CLEAN });
    expect(templateSent(server)).toMatch(/automated assistant.*what is the address of the home/);
  });

  it("asks the model with the bearer key and the configured model, once", async () => {
    server.reply = { content: CLEAN };
    await firstMessage();
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.authorization).toBe("Bearer phrasing-key");
    expect(server.received[0]!.body.model).toBe("phrasing-model");
  });

  it("queues the template instead when the rephrasing says the home is great for families", async () => {
    server.reply = { content: FAMILIES };
    const { outcome, replies } = await firstMessage();
    expect(outcome).toMatchObject({ status: "replied", action: "first_touch" });
    expect(server.received).toHaveLength(1);
    const template = templateSent(server);
    expect(template).toMatch(/what is the address of the home/);
    expect(passesModelCheck(FAMILIES, template)).toBe(true);
    expect(replies.map((r) => r.body)).toEqual([template]);
    expect(replies[0]!.body).not.toMatch(/families/i);
  });

  it("queues the template instead when the rephrasing pressures the client to act now", async () => {
    server.reply = { content: PRESSURE };
    const { replies } = await firstMessage();
    const template = templateSent(server);
    expect(passesModelCheck(PRESSURE, template)).toBe(true);
    expect(replies.map((r) => [r.state, r.body])).toEqual([["queued", template]]);
    expect(replies[0]!.body).not.toMatch(/act now/i);
  });

  it("queues the template after about 2 s when the model is slow", async () => {
    server.reply = { content: CLEAN, delayMs: 2_500 };
    const { outcome, took, replies } = await firstMessage();
    expect(outcome).toMatchObject({ status: "replied", action: "first_touch" });
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(3_500);
    const template = templateSent(server);
    expect(template).toMatch(/what is the address of the home/);
    expect(replies.map((r) => [r.state, r.body])).toEqual([["queued", template]]);
  });
});
