import { getDb } from "@/lib/db/client";
import { reviewMessages } from "@/lib/services/review/review-messages";
import { apiError, readAuthorizedJson } from "../../authorized-json";

export const dynamic = "force-dynamic";

/** A batch of 500 texts fits easily; 500 emails of the longest kind do not and are split by the caller. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * POST /api/v1/messages/review: the quality gate asked before a message is sent, with a bearer
 * API token that has the "review" scope. The body is one message, {"text", "direction":
 * "inbound" | "outbound", "channel": "SMS" | "Email" | ..., "sentAt"?: ISO time with offset,
 * "recipientTimeZone"?: IANA name, "purpose"?: "marketing" | "transactional" |
 * "conversational"}, answered 200 {ok, verdict}; or {"messages": [...]} with 1 to 500 of them,
 * answered 200 {ok, verdicts} in the same order. A verdict is {allowed, fairHousing, optOut,
 * quietHours, findings: [{rule, category, severity, excerpt, explanation, suggestion?}]}. 400
 * names each bad field (messages.3.channel in a batch, which is then reviewed not at all), 401
 * or 403 is about the token, 413 is a body over 1 MB. Nothing is stored.
 */
export async function POST(request: Request) {
  const call = await readAuthorizedJson(getDb(), request, "review", MAX_BODY_BYTES);
  if ("response" in call) return call.response;
  const result = reviewMessages(call.body);
  if (!result.ok) return apiError(result.status, result.error);
  return Response.json({ ok: true, ...result.data });
}
