import { defaultMarketAliases } from "@/lib/domain/setup/organization-defaults";
import type { markets } from "@/lib/db/schema";
import { MARKET_DEFINITIONS, lookupZip } from "@/lib/db/seed/markets";
import { TIME_ZONE } from "@/lib/db/seed/dates";

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * The team's five markets as rows for a new organization: the business's own market list (name,
 * type, county, ZIP codes, median price), each placed at the mean of its ZIP centroids.
 */
export function defaultMarketRows(organizationId: string): (typeof markets.$inferInsert)[] {
  return MARKET_DEFINITIONS.map((def) => {
    const points = def.zips.map((z) => lookupZip(z.zip));
    return {
      organizationId,
      name: def.name,
      slug: def.slug,
      type: def.type,
      zipCodes: def.zips.map((z) => z.zip),
      county: def.county,
      timeZone: TIME_ZONE,
      latitude: round5(points.reduce((sum, p) => sum + p.latitude, 0) / points.length),
      longitude: round5(points.reduce((sum, p) => sum + p.longitude, 0) / points.length),
      medianPrice: def.medianPrice,
      aliases: defaultMarketAliases(def.slug),
      active: true,
    };
  });
}
