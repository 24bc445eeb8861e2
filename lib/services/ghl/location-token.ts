import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { ghlLocationTokens } from "@/lib/db/schema";
import { decryptToken } from "./token-crypto";

export type LocationToken = { ok: true; token: string; source: "stored" | "environment" } | { ok: false; reason: string };

/**
 * The Private Integration token that sends for a location: the one pasted in Settings for it,
 * else GHL_PRIVATE_TOKEN (one token for every location). Without either, or with a stored token
 * the current key cannot read, the reason says what to do in Settings.
 */
export async function resolveLocationToken(db: Db | Tx, organizationId: string, locationId: string | null): Promise<LocationToken> {
  const fromEnv = process.env.GHL_PRIVATE_TOKEN?.trim();
  if (!locationId) return fromEnv ? { ok: true, token: fromEnv, source: "environment" } : { ok: false, reason: "No GoHighLevel location is connected: add one in Settings > GoHighLevel locations" };
  const [row] = await db.select({ ciphertext: ghlLocationTokens.tokenCiphertext }).from(ghlLocationTokens).where(and(eq(ghlLocationTokens.organizationId, organizationId), eq(ghlLocationTokens.locationId, locationId)));
  if (row) {
    const token = decryptToken(row.ciphertext);
    if (token) return { ok: true, token, source: "stored" };
    if (!fromEnv) return { ok: false, reason: `The stored GoHighLevel token of location ${locationId} cannot be read with this server's key (GHL_TOKEN_KEY or AUTH_SECRET changed): paste it again in Settings > GoHighLevel sending` };
  }
  if (fromEnv) return { ok: true, token: fromEnv, source: "environment" };
  return { ok: false, reason: `No GoHighLevel token for location ${locationId}: paste its Private Integration token in Settings > GoHighLevel sending` };
}
