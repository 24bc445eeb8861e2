import { cleanText } from "@/lib/domain/input/clean-text";
import { getDb } from "@/lib/db/client";
import { getClientRecord } from "@/lib/services/clients/client-record";
import { apiError } from "../authorized-json";
import { readAuthorized } from "../authorized-request";

export const dynamic = "force-dynamic";

const HOW = "Look a client up with ?ghlContactId=<the GoHighLevel contact id> (once), or call GET /api/v1/clients/{id} with the console's client id.";

/**
 * GET /api/v1/clients?ghlContactId=…: what the team knows about the client with that
 * GoHighLevel contact id, with a bearer API token that has the "clients" scope. 200 with the
 * record; 400 when the parameter is missing, repeated or malformed (the fix in words); 401 or
 * 403 about the token; 404 when no client of the caller's team has that contact id.
 */
export async function GET(request: Request) {
  const db = getDb();
  const call = await readAuthorized(db, request, "clients");
  if ("response" in call) return call.response;
  const values = new URL(request.url).searchParams.getAll("ghlContactId");
  if (values.length !== 1) return apiError(400, values.length ? `ghlContactId was given ${values.length} times. ${HOW}` : `ghlContactId is missing. ${HOW}`);
  const ghlContactId = cleanText(values[0]!).trim();
  if (!ghlContactId) return apiError(400, `ghlContactId is empty. ${HOW}`);
  const result = await getClientRecord(db, call.organizationId, { ghlContactId });
  if (!result.ok) return apiError(result.status, result.error);
  return Response.json({ ok: true, client: result.data });
}
