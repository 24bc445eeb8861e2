import zipcodes from "zipcodes";
import { defaultMarketAliases } from "../../domain/setup/organization-defaults";
import type { MarketType } from "../../domain/team/vocabulary";
import { addDays, ORGANIZATION_AGE_DAYS, TIME_ZONE } from "./dates";
import type { MarketInfo, SeedContext, ZipInfo } from "./types";

interface ZipDefinition {
  zip: string;
  weight: number;
  priceFactor: number;
  /** Set when the ZIP table's mailing city is not the city people call it. */
  city?: string;
}

interface MarketDefinition {
  slug: string;
  name: string;
  type: MarketType;
  county: string;
  medianPrice: number;
  pricePerSqft: number;
  monthlySales: number;
  yearBuilt: readonly [number, number];
  leadShare: number;
  zips: readonly ZipDefinition[];
}

/** The five markets of the default seed, one per expansion type. */
export const MARKET_DEFINITIONS: readonly MarketDefinition[] = [
  {
    slug: "rancho-cucamonga", name: "Rancho Cucamonga", type: "primary", county: "San Bernardino", medianPrice: 850_000,
    pricePerSqft: 440, monthlySales: 90, yearBuilt: [1972, 2023], leadShare: 0.45,
    zips: [
      { zip: "91730", weight: 0.35, priceFactor: 0.88 },
      { zip: "91701", weight: 0.25, priceFactor: 1.04 },
      { zip: "91739", weight: 0.25, priceFactor: 1.06 },
      { zip: "91737", weight: 0.15, priceFactor: 1.2 },
    ],
  },
  {
    slug: "upland-ontario", name: "Upland & Ontario", type: "adjacent", county: "San Bernardino", medianPrice: 760_000,
    pricePerSqft: 420, monthlySales: 75, yearBuilt: [1955, 2022], leadShare: 0.2,
    zips: [
      { zip: "91784", weight: 0.2, priceFactor: 1.12 },
      { zip: "91786", weight: 0.2, priceFactor: 0.98 },
      { zip: "91761", weight: 0.25, priceFactor: 0.94 },
      { zip: "91762", weight: 0.15, priceFactor: 0.92 },
      { zip: "91764", weight: 0.2, priceFactor: 0.95 },
    ],
  },
  {
    slug: "fontana", name: "Fontana", type: "investment", county: "San Bernardino", medianPrice: 640_000,
    pricePerSqft: 370, monthlySales: 70, yearBuilt: [1958, 2023], leadShare: 0.14,
    zips: [
      { zip: "92335", weight: 0.35, priceFactor: 0.9 },
      { zip: "92336", weight: 0.4, priceFactor: 1.1 },
      { zip: "92337", weight: 0.25, priceFactor: 0.98 },
    ],
  },
  {
    slug: "chino-hills", name: "Chino Hills", type: "luxury", county: "San Bernardino", medianPrice: 1_250_000,
    pricePerSqft: 480, monthlySales: 45, yearBuilt: [1978, 2018], leadShare: 0.11,
    zips: [{ zip: "91709", weight: 1, priceFactor: 1 }],
  },
  {
    slug: "eastvale", name: "Eastvale", type: "emerging", county: "Riverside", medianPrice: 800_000,
    pricePerSqft: 330, monthlySales: 40, yearBuilt: [2002, 2024], leadShare: 0.1,
    zips: [{ zip: "92880", weight: 1, priceFactor: 1, city: "Eastvale" }],
  },
];

/** Real street names per city; house numbers in the seed are made up. */
export const STREETS: Record<string, readonly string[]> = {
  "Rancho Cucamonga": ["Haven Ave", "Banyan St", "Hillside Rd", "Carnelian St", "Archibald Ave", "Milliken Ave", "Day Creek Blvd", "Wilson Ave", "Highland Ave", "Church St", "Lemon Ave", "Beryl St", "Amethyst Ave", "Etiwanda Ave", "Victoria Park Ln", "Terra Vista Pkwy"],
  Upland: ["Euclid Ave", "San Antonio Ave", "Campus Ave", "16th St", "Mountain Ave", "Benson Ave", "Cable Canyon Rd", "Foothill Blvd"],
  Ontario: ["Vineyard Ave", "Fourth St", "Riverside Dr", "Grove Ave", "Philadelphia St", "Sultana Ave", "Plum Ave", "Mountain Ave"],
  Fontana: ["Sierra Ave", "Cherry Ave", "Citrus Ave", "Baseline Ave", "Summit Ave", "Mango Ave", "Knox Ave", "Live Oak Ave"],
  "Chino Hills": ["Peyton Dr", "Grand Ave", "Chino Hills Pkwy", "Butterfield Ranch Rd", "Pipeline Ave", "Soquel Canyon Pkwy", "Woodview Rd", "Eucalyptus Ave"],
  Eastvale: ["Hamner Ave", "Limonite Ave", "Schleisman Rd", "Citrus St", "Sumner Ave", "Harrison Ave", "Scholar Way", "Riverbend Dr"],
};

/** The ZIP's centroid and city from the bundled ZIP table. */
export function lookupZip(zip: string): { latitude: number; longitude: number; city: string } {
  const found = zipcodes.lookup(zip);
  if (!found) throw new Error(`ZIP ${zip} is missing from the zipcodes table`);
  return { latitude: found.latitude, longitude: found.longitude, city: found.city };
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** Builds the market rows and the market facts the other sections draw from. */
export function buildMarkets(ctx: SeedContext): void {
  const rng = ctx.rng("markets");
  for (const def of MARKET_DEFINITIONS) {
    const zips: ZipInfo[] = def.zips.map((z) => {
      const found = lookupZip(z.zip);
      const city = z.city ?? found.city;
      return { zip: z.zip, city, latitude: found.latitude, longitude: found.longitude, weight: z.weight, priceFactor: z.priceFactor, streets: STREETS[city] ?? STREETS["Rancho Cucamonga"]! };
    });
    const market: MarketInfo = {
      id: rng.uuid(), slug: def.slug, name: def.name, type: def.type, medianPrice: def.medianPrice, pricePerSqft: def.pricePerSqft,
      monthlySales: def.monthlySales, yearBuilt: def.yearBuilt, leadShare: def.leadShare, zips,
    };
    ctx.markets.push(market);
    ctx.data.markets.push({
      organizationId: ctx.orgId, id: market.id, name: def.name, slug: def.slug, type: def.type, zipCodes: zips.map((z) => z.zip),
      county: def.county, timeZone: TIME_ZONE,
      latitude: round5(zips.reduce((s, z) => s + z.latitude, 0) / zips.length),
      longitude: round5(zips.reduce((s, z) => s + z.longitude, 0) / zips.length),
      medianPrice: def.medianPrice, aliases: defaultMarketAliases(def.slug), active: true, createdAt: addDays(ctx.asOf, -ORGANIZATION_AGE_DAYS),
    });
  }
}

/** The market with this slug; throws when it is not part of the seed. */
export function marketBySlug(ctx: SeedContext, slug: string): MarketInfo {
  const market = ctx.markets.find((m) => m.slug === slug);
  if (!market) throw new Error(`unknown market ${slug}`);
  return market;
}
