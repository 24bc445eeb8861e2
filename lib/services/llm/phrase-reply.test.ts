import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { phraseReply } from "./phrase-reply";
import { startChatServer, type ChatServer } from "./testing/chat-server";

let server: ChatServer;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startChatServer();
  env = { LLM_BASE_URL: server.baseURL, LLM_API_KEY: "test-key", LLM_MODEL: "phrasing-test" };
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  server.reply = {};
});

const followUp = {
  template: "Hi Ana, this is Jorge's team. Would a sale in the next 30-45 days work for you?",
  purpose: "seller qualification",
  language: "en" as const,
  firstName: "Ana",
  facts: ["30-45 days"],
};
const rephrased = "Hi Ana, Jorge's team here. Would selling within the next 30-45 days fit your plans?";

describe("phraseReply", () => {
  it("is off unless base URL, key and model are all set, and then asks nothing", async () => {
    expect(await phraseReply(followUp, {})).toBeNull();
    expect(await phraseReply(followUp, { ...env, LLM_MODEL: "" })).toBeNull();
    expect(server.received).toHaveLength(0);
  });

  it("returns the model's rephrasing, asked with the key, the model and the template", async () => {
    server.reply = { content: ` ${rephrased} ` };
    expect(await phraseReply(followUp, env)).toBe(rephrased);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request!.authorization).toBe("Bearer test-key");
    expect(request!.body.model).toBe("phrasing-test");
    expect(JSON.stringify(request!.body.messages)).toContain(followUp.template);
    expect(JSON.stringify(request!.body.messages)).toContain("No emojis");
  });

  it("gives up after about 2 seconds on a slow answer", async () => {
    server.reply = { content: rephrased, delayMs: 3_000 };
    const started = Date.now();
    expect(await phraseReply(followUp, env)).toBeNull();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(2_800);
  });

  it("returns null on a server error without retrying, and on a refusal", async () => {
    server.reply = { status: 500 };
    expect(await phraseReply(followUp, env)).toBeNull();
    expect(server.received).toHaveLength(1);
    server.reply = { content: null, refusal: "I can't help with that." };
    expect(await phraseReply(followUp, env)).toBeNull();
    server.reply = { content: "I'm sorry, but I can't help with that request?" };
    expect(await phraseReply(followUp, env)).toBeNull();
    server.reply = { content: rephrased, finishReason: "length" };
    expect(await phraseReply(followUp, env)).toBeNull();
  });

  it("refuses an empty, over-long, emoji, question-dropping, fact-dropping or wrong-language answer", async () => {
    const answers = [
      "",
      `${rephrased} ${"We are here to help with every step of the way. ".repeat(6)}`,
      `${rephrased} 🏡`,
      "Hi Ana, Jorge's team here. Let us know when a sale in the next 30-45 days could work.",
      "Hi Ana, Jorge's team here. Would selling soon fit your plans? Also, what price feels good?",
      "Hi there, Jorge's team here. Would selling within the next 30-45 days fit your plans?",
      "Hi Ana, Jorge's team here. Would selling within the next month fit your plans?",
      "Hola Ana, somos el equipo de Jorge. ¿Le funciona vender su casa en los próximos 30-45 days?",
    ];
    for (const content of answers) {
      server.reply = { content };
      expect(await phraseReply(followUp, env), content).toBeNull();
    }
  });

  it("keeps a Spanish template in Spanish", async () => {
    const spanish = { ...followUp, language: "es" as const, template: "Hola Ana, somos el equipo de Jorge. ¿Le funciona vender su casa en los próximos 30-45 días?", facts: ["30-45 días"] };
    server.reply = { content: "Hola Ana, le escribe el equipo de Jorge. ¿Qué le parece vender su casa en los próximos 30-45 días?" };
    expect(await phraseReply(spanish, env)).toMatch(/^Hola Ana/);
    server.reply = { content: "Hi Ana, would selling your home in the next 30-45 días work for you?" };
    expect(await phraseReply(spanish, env)).toBeNull();
  });

  it("sends nothing and returns null when the base URL is malformed", async () => {
    expect(await phraseReply(followUp, { ...env, LLM_BASE_URL: "not a url" })).toBeNull();
    expect(server.received).toHaveLength(0);
  });
});
