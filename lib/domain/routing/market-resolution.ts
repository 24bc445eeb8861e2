import { normalizeText } from "./text-signals";
import type { MarketRef } from "./types";

/** The market a request belongs to, or null, and why. */
export interface MarketResolution {
  market: MarketRef | null;
  reason: string;
}

/** "92336-1234" -> "92336"; anything that is not a US ZIP gives null. */
export function normalizeZip(postalCode: string | null | undefined): string | null {
  const m = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(postalCode ?? "");
  return m ? m[1]! : null;
}

/** "Fontana, CA 92336" -> "fontana": lowercase, no accents, state and ZIP dropped. */
export function normalizeCity(city: string | null | undefined): string | null {
  const cleaned = normalizeText(city ?? "")
    .replace(/\s*\d{5}(?:-\d{4})?$/, "")
    .replace(/(?:,\s*|\s+)(?:ca|calif|california)\.?$/, "")
    .replace(/[^a-z ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length > 0 ? cleaned : null;
}

/** The city names a market answers to: its name, each part of a joined name, and its listed cities. */
function cityNames(market: MarketRef): string[] {
  const names = [market.name, ...market.name.split(/\s*(?:&|\/|,|\band\b)\s*/), ...(market.cities ?? [])];
  return names.map((n) => normalizeCity(n)).filter((n): n is string => n !== null);
}

/**
 * Finds the client's market: the ZIP decides when it belongs to a market (it is more precise than
 * a city, and ZIP data gives mailing cities such as Corona for Eastvale); otherwise the city,
 * compared without case or accents. Nothing found gives null with the reason.
 */
export function resolveMarket(markets: readonly MarketRef[], postalCode?: string | null, city?: string | null): MarketResolution {
  const zip = normalizeZip(postalCode);
  const cityKey = normalizeCity(city);
  const byZip = zip ? markets.find((m) => m.zipCodes.includes(zip)) : undefined;
  const byCity = cityKey ? markets.find((m) => cityNames(m).includes(cityKey)) : undefined;
  if (byZip) {
    const conflict = byCity && byCity !== byZip ? `; the city "${city}" points to ${byCity.name}, but the ZIP wins` : "";
    return { market: byZip, reason: `ZIP ${zip} is in ${byZip.name}${conflict}` };
  }
  const zipNote = postalCode ? (zip ? `ZIP ${zip} is in none of the markets` : `"${postalCode}" is not a ZIP code`) : null;
  if (byCity) return { market: byCity, reason: zipNote ? `${zipNote}; the city "${city}" is in ${byCity.name}` : `The city "${city}" is in ${byCity.name}` };
  const cityNote = city ? `the city "${city}" matches no market` : null;
  const notes = [zipNote, cityNote].filter((n) => n !== null);
  return { market: null, reason: notes.length > 0 ? `Market unknown: ${notes.join("; ")}` : "Market unknown: no ZIP or city given" };
}
