import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { GHL_API_VERSION, ghlSendSchema, type GhlSendRequest } from "../client";
import { controlRoutes } from "./fake-ghl-control";

/** What the fake answers instead of success, for the next `times` calls. */
export type FakeGhlFault = { status: 429; retryAfter?: string } | { status: 400 | 401 | 408 | 422 | 500 | 502 | 503; message?: string } | { hang: true };

export interface ReceivedGhlMessage {
  token: string;
  body: GhlSendRequest;
  messageId: string | null;
  answeredWith: number | "hang";
  /** When the call reached the fake (ISO), for delivery-time measurements. */
  receivedAt: string;
}

export interface FakeGhlOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /**
   * Opens GET /__sent (the calls answered 200, with their receive time), GET /__received (every
   * call), POST /__fail ({ fault, times }) and POST /__reset, so a process outside the one that
   * started the fake (a browser test, a benchmark) can read and steer it.
   */
  control?: boolean;
}

export interface FakeGhlServer {
  /** http://127.0.0.1:<port>, for GHL_API_BASE_URL or the client's baseUrl. */
  baseUrl: string;
  /** Every call that reached the endpoint, in order, faults included. */
  received: ReceivedGhlMessage[];
  /** Calls that GHL would have sent: answered 200. */
  sent(): ReceivedGhlMessage[];
  /** Answers the next `times` calls with the fault, then succeeds again. */
  fail(fault: FakeGhlFault, times?: number): void;
  /** Only these tokens are accepted (401 otherwise); any non-empty token when never called. */
  acceptTokens(...tokens: string[]): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A local stand-in for GoHighLevel's POST /conversations/messages on 127.0.0.1 and a random
 * port: it checks the Authorization and Version headers and the body as GHL would, answers
 * {conversationId, messageId}, records what it received, and can answer 429 with Retry-After,
 * an error status, or never answer, for a number of calls. Tests, the end-to-end run and the
 * benchmark point GHL_API_BASE_URL at it.
 */
export async function startFakeGhlServer(options: FakeGhlOptions = {}): Promise<FakeGhlServer> {
  const received: ReceivedGhlMessage[] = [];
  const faults: FakeGhlFault[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  let tokens: Set<string> | null = null;
  let counter = 0;

  const fail = (fault: FakeGhlFault, times = 1) => {
    for (let i = 0; i < times; i++) faults.push(fault);
  };
  const controls = options.control ? controlRoutes({ received, fail, reset: () => { received.length = 0; faults.length = 0; } }) : null;

  const server = createServer(async (req, res) => {
    if (controls && req.url?.startsWith("/__")) return controls(req, res);
    const arrivedAt = new Date().toISOString();
    if (req.method !== "POST" || req.url?.split("?")[0] !== "/conversations/messages") return send(res, 404, { statusCode: 404, message: `Cannot ${req.method} ${req.url}` });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    if (!token || (tokens && !tokens.has(token))) return send(res, 401, { statusCode: 401, message: "Invalid JWT" });
    if (req.headers.version !== GHL_API_VERSION) return send(res, 400, { statusCode: 400, message: `Version header must be ${GHL_API_VERSION}` });
    let json: unknown;
    try {
      json = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { statusCode: 400, message: "Body is not JSON" });
    }
    const parsed = ghlSendSchema.strict().safeParse(json);
    if (!parsed.success) return send(res, 422, { statusCode: 422, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
    const fault = faults.shift();
    const call: ReceivedGhlMessage = { token, body: parsed.data, messageId: null, answeredWith: 200, receivedAt: arrivedAt };
    received.push(call);
    if (fault && "hang" in fault) {
      call.answeredWith = "hang";
      hanging.add(res);
      return;
    }
    if (fault) {
      call.answeredWith = fault.status;
      if (fault.status === 429) return send(res, 429, { statusCode: 429, message: "Too many requests" }, fault.retryAfter ? { "Retry-After": fault.retryAfter } : {});
      return send(res, fault.status, { statusCode: fault.status, message: fault.message ?? "Internal server error" });
    }
    call.messageId = `msg_${++counter}_${randomUUID().slice(0, 8)}`;
    send(res, 200, { conversationId: `conv_${parsed.data.contactId}`, messageId: call.messageId, msg: "Message queued successfully." });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    sent: () => received.filter((r) => r.answeredWith === 200),
    fail,
    acceptTokens(...list) {
      tokens = new Set(list);
    },
    async close() {
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
