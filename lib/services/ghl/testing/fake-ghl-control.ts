import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { FakeGhlFault, ReceivedGhlMessage } from "./fake-ghl-server";

const FAULT_STATUSES = [400, 401, 408, 422, 500, 502, 503] as const;

/** The body of POST /__fail: one fault (a status, a 429 with Retry-After, or a hang) for the next `times` calls. */
export const fakeGhlFailSchema = z.object({
  fault: z.union([
    z.object({ status: z.literal(429), retryAfter: z.string().max(40).optional() }).strict(),
    z.object({ status: z.union(FAULT_STATUSES.map((s) => z.literal(s))), message: z.string().max(500).optional() }).strict(),
    z.object({ hang: z.literal(true) }).strict(),
  ], { error: `fault must be { status: 429, retryAfter? }, { status: ${FAULT_STATUSES.join("|")}, message? } or { hang: true }` }),
  times: z.number().int("times is a whole number").min(1, "times is at least 1").max(1000, "times is at most 1000").default(1),
});

interface ControlTarget {
  received: ReceivedGhlMessage[];
  fail(fault: FakeGhlFault, times?: number): void;
  reset(): void;
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8").trim();
  return text ? JSON.parse(text) : {};
}

/**
 * The fake's own doors, for a process that did not start it: GET /__sent lists the calls GHL
 * would have sent (answered 200) with their receive time, GET /__received every call, POST
 * /__fail queues a fault for the next calls, POST /__reset forgets calls and faults.
 */
export function controlRoutes(target: ControlTarget): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const route = `${req.method} ${req.url?.split("?")[0]}`;
    if (route === "GET /__sent") return answer(res, 200, target.received.filter((r) => r.answeredWith === 200));
    if (route === "GET /__received") return answer(res, 200, target.received);
    if (route === "POST /__reset") {
      target.reset();
      return answer(res, 200, { reset: true });
    }
    if (route === "POST /__fail") {
      let json: unknown;
      try {
        json = await readJson(req);
      } catch {
        return answer(res, 400, { message: "The body is not JSON: send { fault, times }" });
      }
      const parsed = fakeGhlFailSchema.safeParse(json);
      if (!parsed.success) return answer(res, 400, { message: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") });
      target.fail(parsed.data.fault as FakeGhlFault, parsed.data.times);
      return answer(res, 200, { queued: parsed.data.times });
    }
    return answer(res, 404, { message: `No control route ${route}: use GET /__sent, GET /__received, POST /__fail or POST /__reset` });
  };
}
