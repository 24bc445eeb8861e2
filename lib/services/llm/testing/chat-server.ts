import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** How the test server answers one chat-completions request. */
export interface ChatReply {
  status?: number;
  delayMs?: number;
  content?: string | null;
  refusal?: string | null;
  finishReason?: string;
}

export interface ChatServer {
  baseURL: string;
  /** The requests received: headers and parsed JSON body. */
  received: { authorization: string | undefined; body: Record<string, unknown> }[];
  reply: ChatReply;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage) => {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || "{}") as Record<string, unknown>;
};

/** A local HTTP server on 127.0.0.1 and a free port that speaks POST /v1/chat/completions. */
export async function startChatServer(): Promise<ChatServer> {
  const state: ChatServer = { baseURL: "", received: [], reply: {}, close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404).end();
      return;
    }
    const body = await readBody(req);
    state.received.push({ authorization: req.headers.authorization, body });
    const { status = 200, delayMs = 0, content = null, refusal = null, finishReason = "stop" } = state.reply;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (res.destroyed) return;
    if (status !== 200) {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "upstream failure", type: "server_error" } }));
      return;
    }
    const completion = {
      id: "chatcmpl-test", object: "chat.completion", created: 0, model: String(body.model),
      choices: [{ index: 0, message: { role: "assistant", content, refusal }, finish_reason: finishReason }],
    };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completion));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return state;
}
