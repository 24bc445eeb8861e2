import { z } from "zod";
import { parseRetryAfter } from "./retry-after";

/**
 * A small typed client for the one GoHighLevel call the console makes: POST
 * /conversations/messages. GHL's official SDK (@gohighlevel/api-client) was considered and not
 * used: its base URL is a private constant (https://services.leadconnectorhq.com) with no option
 * to point it at a local server for tests and benchmarks, it retries on its own inside axios
 * (a retry the outbox does not see is a message that may go out twice), and it brings axios and
 * mongodb for one endpoint. This client returns every answer as a typed result instead of
 * throwing, so the outbox decides what to retry.
 */

export const GHL_DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";
export const GHL_API_VERSION = "2021-04-15";
export const GHL_SEND_TIMEOUT_MS = 15_000;

export const GHL_MESSAGE_KINDS = ["SMS", "Email", "WhatsApp", "IG", "FB", "Live_Chat"] as const;
export type GhlMessageKind = (typeof GHL_MESSAGE_KINDS)[number];

export const ghlSendSchema = z.object({
  type: z.enum(GHL_MESSAGE_KINDS, { error: `type must be one of ${GHL_MESSAGE_KINDS.join(", ")}` }),
  contactId: z.string().trim().min(1, "contactId is required: the GoHighLevel contact to write to").max(100),
  message: z.string().trim().min(1, "message is required: the words to send").max(20_000),
  subject: z.string().max(500).optional(),
  html: z.string().max(100_000).optional(),
  emailFrom: z.string().max(320).optional(),
});
export type GhlSendRequest = z.infer<typeof ghlSendSchema>;

/**
 * What came of one send. `rate_limited`, `retryable` and `unreachable` did not send the message
 * and may be tried again; `rejected` never will succeed as is; `unknown` may or may not have
 * sent it (the request left but no answer came back), so it must not be sent again blindly.
 */
export type GhlSendResult =
  | { ok: true; conversationId: string | null; messageId: string | null }
  | { ok: false; kind: "rate_limited"; status: 429; retryAfterMs: number | null; message: string }
  | { ok: false; kind: "retryable" | "rejected"; status: number; message: string }
  | { ok: false; kind: "unreachable" | "unknown"; status: null; message: string };

export interface GhlClientOptions {
  token: string;
  /** GHL_API_BASE_URL, else GoHighLevel's own. */
  baseUrl?: string;
  timeoutMs?: number;
  now?: () => Date;
}

/** The API base the console talks to: GHL_API_BASE_URL when set (a local server in tests), else GoHighLevel's. */
export function ghlBaseUrl(): string {
  return (process.env.GHL_API_BASE_URL?.trim() || GHL_DEFAULT_BASE_URL).replace(/\/+$/, "");
}

/** Error codes of a request that never reached the server, so it cannot have sent anything. */
const NOT_CONNECTED_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

function errorText(body: unknown, fallback: string): string {
  const b = body as { message?: unknown; error?: unknown } | null;
  const message = Array.isArray(b?.message) ? b.message.join("; ") : b?.message ?? b?.error;
  return typeof message === "string" && message.trim() ? message.trim().slice(0, 500) : fallback;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return { message: text.slice(0, 500) };
  }
}

/** Sends one message through GoHighLevel's Conversations API; never throws for what GHL or the network answers. */
export async function sendGhlMessage(request: GhlSendRequest, options: GhlClientOptions): Promise<GhlSendResult> {
  const body = ghlSendSchema.parse(request);
  const url = `${(options.baseUrl ?? ghlBaseUrl()).replace(/\/+$/, "")}/conversations/messages`;
  const timeoutMs = options.timeoutMs ?? GHL_SEND_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${options.token}`, Version: GHL_API_VERSION, "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code && NOT_CONNECTED_CODES.has(code)) return { ok: false, kind: "unreachable", status: null, message: `GoHighLevel could not be reached (${code})` };
    const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
    const why = timedOut ? `GoHighLevel did not answer within ${Math.round(timeoutMs / 1000)} s` : `the connection to GoHighLevel broke (${(error as Error).message})`;
    return { ok: false, kind: "unknown", status: null, message: why };
  }
  const json = await readJson(response).catch(() => null);
  if (response.ok) {
    const answer = (json ?? {}) as { conversationId?: unknown; messageId?: unknown };
    const text = (v: unknown) => (typeof v === "string" && v ? v : null);
    return { ok: true, conversationId: text(answer.conversationId), messageId: text(answer.messageId) };
  }
  const message = errorText(json, `GoHighLevel answered ${response.status} ${response.statusText}`.trim());
  if (response.status === 429) return { ok: false, kind: "rate_limited", status: 429, retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), options.now?.() ?? new Date()), message };
  if (response.status === 408 || response.status >= 500) return { ok: false, kind: "retryable", status: response.status, message };
  return { ok: false, kind: "rejected", status: response.status, message };
}
