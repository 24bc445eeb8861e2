import { getDb } from "@/lib/db/client";
import { readBodyBytes } from "@/lib/http/read-body";
import { receiveGhlDelivery, MAX_WEBHOOK_BYTES } from "@/lib/services/receive-ghl-delivery";
import { kickRequestWorker } from "@/lib/services/request-worker";

export const dynamic = "force-dynamic";

/**
 * GoHighLevel webhooks: read up to MAX_WEBHOOK_BYTES (a larger body is refused with 413 as soon
 * as it passes the limit), authenticated over the raw bytes, validated, recorded once, answered
 * at once, routed after.
 */
export async function POST(request: Request) {
  const body = await readBodyBytes(request, MAX_WEBHOOK_BYTES);
  if (!body.ok) return Response.json({ ok: false, error: body.error }, { status: body.status });
  const result = await receiveGhlDelivery(getDb(), { rawBody: body.bytes, headers: request.headers, url: new URL(request.url), now: new Date() });
  if (result.status === 200 && !result.body.duplicate && !result.body.messageStatus) kickRequestWorker();
  return Response.json(result.body, { status: result.status });
}
