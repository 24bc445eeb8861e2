import { MAX_JSON_DEPTH } from "@/lib/domain/input/json-depth";
import { parseJsonInput } from "@/lib/domain/input/parse-json";
import { readBodyBytes } from "./read-body";

export type JsonBody = { ok: true; value: unknown; bytes: Buffer } | { ok: false; status: 400 | 413; error: string };

/**
 * Reads a JSON request body for a route handler: at most maxBytes bytes (see readBodyBytes),
 * nested at most maxDepth levels, with every string cleaned so PostgreSQL can store it (see
 * parseJsonInput). Invalid UTF-8 becomes U+FFFD rather than a refusal. The raw bytes come back
 * too, for checks that must see the body exactly as sent.
 */
export async function readJsonBody(request: Request, maxBytes: number, maxDepth = MAX_JSON_DEPTH): Promise<JsonBody> {
  const body = await readBodyBytes(request, maxBytes);
  if (!body.ok) return body;
  const parsed = parseJsonInput(body.bytes.toString("utf8"), maxDepth);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  return { ok: true, value: parsed.value, bytes: body.bytes };
}
