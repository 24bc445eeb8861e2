import { getDb } from "@/lib/db/client";
import { receiveGhlDelivery, MAX_WEBHOOK_BYTES } from "@/lib/services/receive-ghl-delivery";
import { kickRequestWorker } from "@/lib/services/request-worker";

export const dynamic = "force-dynamic";

/** GoHighLevel webhooks: authenticated, validated, recorded once, answered at once, routed after. */
export async function POST(request: Request) {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_WEBHOOK_BYTES) return Response.json({ ok: false, error: `The body is ${declared} bytes; at most ${MAX_WEBHOOK_BYTES} are accepted` }, { status: 413 });
  const rawBody = Buffer.from(await request.arrayBuffer());
  const result = await receiveGhlDelivery(getDb(), { rawBody, headers: request.headers, url: new URL(request.url), now: new Date() });
  if (result.status === 200 && !result.body.duplicate) kickRequestWorker();
  return Response.json(result.body, { status: result.status });
}
