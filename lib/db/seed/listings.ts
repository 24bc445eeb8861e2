import { daysBetween, localDate, monthStart, shiftDay } from "./dates";
import { streetAddress } from "./people";
import type { Prng } from "./prng";
import type { MarketInfo, SeedContext, ZipInfo } from "./types";

/** Yearly price growth behind the two-year history; the configured median is the trailing year's. */
const YEARLY_APPRECIATION = 0.035;

/** +1 in June, -1 in December. */
const season = (month: number) => Math.cos((2 * Math.PI * (month - 6)) / 12);

type Status = "Active" | "Pending" | "Closed" | "Canceled" | "Expired" | "Withdrawn";

interface Draft {
  status: Status;
  zip: ZipInfo;
  price: number;
  listPrice: number;
  listed: string;
  closed: string | null;
  dom: number;
}

function propertyType(rng: Prng, relative: number): "Residential" | "Condominium" | "Townhouse" | "MultiFamily" {
  const condo = relative < 0.75 ? 0.4 : relative < 0.9 ? 0.18 : 0.04;
  const town = relative < 0.75 ? 0.25 : relative < 0.9 ? 0.15 : 0.05;
  return rng.weighted([["Condominium", condo], ["Townhouse", town], ["MultiFamily", 0.02], ["Residential", 1 - condo - town - 0.02]] as const);
}

/** Closed sales for 24 months with seasonality and a mild trend, plus today's active and pending inventory. */
export function buildListings(ctx: SeedContext): void {
  const rng = ctx.rng("listings");
  const today = localDate(ctx.asOf);
  const keys = new Set<string>();
  const listingKey = (listed: string) => {
    let key = "";
    while (!key || keys.has(key)) key = `IV${listed.slice(2, 4)}${rng.token(6, "0123456789")}`;
    keys.add(key);
    return key;
  };
  for (const m of ctx.markets) {
    const drafts: Draft[] = [];
    const level = (monthsBack: number, month: number) => m.medianPrice * Math.pow(1 + YEARLY_APPRECIATION, -(monthsBack - 6) / 12) * (1 + 0.015 * season(month));
    const draw = (monthsBack: number, month: number) => {
      const zip = rng.weighted(m.zips.map((z) => [z, z.weight] as const));
      return { zip, price: Math.round(rng.lognormal(level(monthsBack, month) * zip.priceFactor, 0.2) / 500) * 500 };
    };
    for (let back = 0; back < 24; back++) {
      const first = monthStart(today, back);
      const month = Number(first.slice(5, 7));
      const monthDays = daysBetween(first, monthStart(today, back - 1));
      const days = back === 0 ? daysBetween(first, today) : monthDays;
      if (days <= 0) continue;
      const share = days / monthDays;
      const sales = Math.max(0, Math.round(m.monthlySales * (1 + 0.25 * season(month)) * rng.lognormal(1, 0.08) * share));
      for (let i = 0; i < sales + Math.round(sales * 0.06); i++) {
        const { zip, price } = draw(back, month);
        const dom = Math.max(1, Math.round(rng.lognormal(32 - 10 * season(month), 0.45)));
        const day = shiftDay(first, rng.int(0, days - 1));
        if (i >= sales) {
          drafts.push({ status: rng.pick(["Canceled", "Expired", "Withdrawn"] as const), zip, price, listPrice: Math.round((price * rng.between(1.02, 1.1)) / 1000) * 1000, listed: shiftDay(day, -rng.int(30, 120)), closed: null, dom: rng.int(30, 120) });
          continue;
        }
        const ratio = Math.min(1.05, Math.max(0.94, rng.normal(0.99 + 0.012 * season(month), 0.015)));
        drafts.push({ status: "Closed", zip, price, listPrice: Math.round(price / ratio / 1000) * 1000, listed: shiftDay(day, -(dom + rng.int(25, 45))), closed: day, dom });
      }
    }
    const month = Number(today.slice(5, 7));
    const active = Math.round(m.monthlySales * rng.between(2, 4));
    const pending = Math.round(m.monthlySales * rng.between(0.7, 1));
    for (let i = 0; i < active + pending; i++) {
      const { zip, price } = draw(0, month);
      const isActive = i < active;
      const dom = Math.min(240, Math.round(rng.lognormal(isActive ? 24 : 30 - 8 * season(month), 0.8)));
      const listed = shiftDay(today, -(dom + (isActive ? 0 : rng.int(1, 35))));
      drafts.push({ status: isActive ? "Active" : "Pending", zip, price, listPrice: Math.round((price * 1.01) / 1000) * 1000, listed, closed: null, dom });
    }
    for (const d of drafts) pushListing(ctx, rng, m, d, listingKey(d.listed));
  }
}

function pushListing(ctx: SeedContext, rng: Prng, m: MarketInfo, d: Draft, listingKey: string): void {
  const relative = d.price / (m.medianPrice * d.zip.priceFactor);
  const type = propertyType(rng, relative);
  const ppsf = m.pricePerSqft * (type === "Condominium" ? 1.12 : type === "Townhouse" ? 1.05 : 1) * Math.pow(relative, 0.35);
  const livingArea = Math.max(450, Math.round((d.price / ppsf) * rng.lognormal(1, 0.1)));
  const beds = Math.min(7, Math.max(1, Math.round(livingArea / 600 + rng.normal(0.4, 0.5))));
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  ctx.data.listings.push({
    organizationId: ctx.orgId, listingKey, marketId: m.id, standardStatus: d.status, propertyType: type, listPrice: d.listPrice,
    closePrice: d.status === "Closed" ? d.price : null, livingArea, bedroomsTotal: beds,
    bathroomsTotalInteger: Math.min(6, Math.max(1, Math.round(beds * 0.7 + rng.normal(0.4, 0.4)))), yearBuilt: rng.int(m.yearBuilt[0], m.yearBuilt[1]),
    unparsedAddress: `${streetAddress(rng, d.zip.streets)}, ${d.zip.city}, CA ${d.zip.zip}`, postalCode: d.zip.zip, city: d.zip.city,
    latitude: round6(d.zip.latitude + rng.normal(0, 0.01)), longitude: round6(d.zip.longitude + rng.normal(0, 0.012)),
    listingContractDate: d.listed, closeDate: d.closed, daysOnMarket: d.dom,
  });
}
