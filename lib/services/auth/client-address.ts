import { isIP } from "node:net";

/** Stands for a request whose address cannot be trusted; such requests share one counter. */
export const UNKNOWN_ADDRESS = "unknown";

const normalize = (entry: string | undefined): string | null => {
  const value = entry?.trim().replace(/^\[(.*)\]$/, "$1").replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return value && isIP(value) ? value : null;
};

/**
 * The client's address from X-Forwarded-For as a page or server action sees it. `next start`
 * fills that header from the socket only when the request brought none (a client-sent value
 * is kept as it came), so proxy.ts removes it unless TRUST_PROXY=true, and cuts it to the last
 * entry when a trusted proxy set it. A single address is therefore expected; without a trusted
 * proxy several entries mean the header slipped through unchecked, and it is not believed.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustProxy: boolean): string {
  const entries = (forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  if (!trustProxy && entries.length > 1) return UNKNOWN_ADDRESS;
  return normalize(entries.at(-1)) ?? UNKNOWN_ADDRESS;
}
