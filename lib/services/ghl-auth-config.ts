import type { Db } from "@/lib/db/client";
import { getSettings } from "@/lib/db/queries/organizations";
import { sha256Hex, type GhlAuthConfig } from "./webhook-auth";

export const GHL_WEBHOOK_SETTING = "ghl.webhook";

export interface StoredGhlSettings {
  publicKey?: string;
  workflowTokenSha256?: string;
  allowLegacyRsa?: boolean;
  legacyRsaPublicKey?: string;
}

/**
 * The keys a delivery is checked against: the organization's settings first, then the
 * environment (GHL_WEBHOOK_PUBLIC_KEY, GHL_LEGACY_RSA_PUBLIC_KEY, GHL_ALLOW_LEGACY_RSA,
 * GHL_WORKFLOW_TOKEN, and GHL_ALLOW_UNSIGNED for development only).
 */
export async function loadGhlAuthConfig(db: Db, organizationId: string | null, env: Record<string, string | undefined> = process.env): Promise<GhlAuthConfig> {
  const stored = organizationId ? ((await getSettings(db, organizationId, [GHL_WEBHOOK_SETTING])).get(GHL_WEBHOOK_SETTING) as StoredGhlSettings | undefined) : undefined;
  return ghlAuthConfigFrom(stored, env);
}

/** The auth config from an organization's stored GHL settings (if any) and the environment. */
export function ghlAuthConfigFrom(stored: StoredGhlSettings | null | undefined, env: Record<string, string | undefined> = process.env): GhlAuthConfig {
  return {
    ed25519PublicKey: stored?.publicKey || env.GHL_WEBHOOK_PUBLIC_KEY || null,
    legacyRsaPublicKey: stored?.legacyRsaPublicKey || env.GHL_LEGACY_RSA_PUBLIC_KEY || null,
    allowLegacyRsa: stored?.allowLegacyRsa ?? env.GHL_ALLOW_LEGACY_RSA === "true",
    workflowTokenSha256: stored?.workflowTokenSha256 || (env.GHL_WORKFLOW_TOKEN ? sha256Hex(env.GHL_WORKFLOW_TOKEN) : null),
    allowUnsigned: env.GHL_ALLOW_UNSIGNED === "true",
  };
}
