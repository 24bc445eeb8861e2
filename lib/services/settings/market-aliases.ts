import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { normalizeCity, placeNames } from "@/lib/domain/routing/market-resolution";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { listOtherMarketNames, setMarketAliases } from "@/lib/db/queries/markets";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { describeIssues, fail, ok, type Result } from "../result";

export const MAX_ALIASES = 30;

/** A place name: letters (accents too), spaces, and . ' - & between them. */
const alias = z
  .string()
  .max(60, "a place name is at most 60 characters")
  .regex(/^[\p{L}][\p{L} .'&-]*$/u, "a place name has letters, spaces and . ' - & only, such as Alta Loma or Central RC")
  .refine((a) => (normalizeCity(a)?.length ?? 0) >= 2, "a place name needs at least two letters");

const input = z.object({
  marketId: z.uuid({ error: "Choose a market" }),
  aliases: z.union([z.string().max(4000), z.array(z.string().max(200)).max(200)], { error: "Place names must be a list separated by commas" }),
});

/** The place names as given, split on commas, spaces tidied, each kept once (compared as the resolver compares them). */
function splitAliases(value: string | string[]): string[] {
  const list = (typeof value === "string" ? value.split(",") : value).map((a) => a.trim().replace(/\s+/g, " ")).filter(Boolean);
  return list.filter((a, i) => list.findIndex((b) => normalizeCity(b) === normalizeCity(a)) === i);
}

/** The first name that is not a place name, with what is wrong with it; null when all are fine. */
function badAlias(aliases: readonly string[]): string | null {
  if (aliases.length > MAX_ALIASES) return `List at most ${MAX_ALIASES} place names per market.`;
  for (const a of aliases) {
    const checked = alias.safeParse(a);
    if (!checked.success) return `"${a.slice(0, 60)}": ${checked.error.issues[0]!.message}.`;
  }
  return null;
}

/** The names another active market already answers to, each with that market's name. */
async function namesElsewhere(tx: Tx, organizationId: string, marketId: string): Promise<Map<string, string>> {
  const others = await listOtherMarketNames(tx, organizationId, marketId);
  return new Map(others.flatMap((m) => placeNames(m).map((key) => [key, m.name] as const)));
}

/**
 * The place names clients use for one market (neighborhoods such as Alta Loma, the city
 * itself), as a comma-separated list or an array. Each is kept once; a name another market
 * already answers to is refused, so a place never points to two markets.
 */
export async function updateMarketAliases(db: Db, viewer: ViewerRecord, raw: unknown): Promise<Result<{ marketId: string; aliases: string[] }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change settings.");
  const parsed = input.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { marketId } = parsed.data;
  const aliases = splitAliases(parsed.data.aliases);
  const bad = badAlias(aliases);
  if (bad) return fail(400, bad);
  return db.transaction(async (tx) => {
    const taken = await namesElsewhere(tx, viewer.organizationId, marketId);
    const clash = aliases.find((a) => taken.has(normalizeCity(a)!));
    if (clash) return fail(409, `"${clash}" already names ${taken.get(normalizeCity(clash)!)}; remove it there first, or choose another name.`);
    const market = await setMarketAliases(tx, viewer.organizationId, marketId, aliases);
    if (!market) return fail(404, "That market was not found; reload Settings and try again.");
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "market.aliases_updated", entityType: "market", entityId: marketId, data: { aliases } });
    return ok({ marketId, aliases });
  });
}
