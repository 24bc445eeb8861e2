import { normalizeText } from "./text-signals";
import type { MarketRef } from "./types";

/** A market with the place names clients use for it (markets.aliases): neighborhoods, the city itself. */
export type PlacedMarket = MarketRef & { aliases?: readonly string[] };

/** The market a request belongs to, or null, why, and what decided it. */
export interface MarketResolution<M extends MarketRef = MarketRef> {
  market: M | null;
  reason: string;
  /** The ZIP, the city field, a place named in the message, or nothing. */
  by: "zip" | "city" | "text" | null;
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

/** The names a market answers to, normalized: its name, each part of a joined name, its listed cities and its aliases. */
export function placeNames(market: Pick<PlacedMarket, "name" | "cities" | "aliases">): string[] {
  return [...new Set(namedPlaces(market).map(([key]) => key))];
}

/** Each name of a market as [normalized, as written]. */
function namedPlaces(market: Pick<PlacedMarket, "name" | "cities" | "aliases">): [string, string][] {
  const names = [market.name, ...market.name.split(/\s*(?:&|\/|,|\band\b)\s*/), ...(market.cities ?? []), ...(market.aliases ?? [])];
  return names.map((n): [string | null, string] => [normalizeCity(n), n.trim()]).filter((p): p is [string, string] => p[0] !== null);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The place named in a message: every market's names found as whole words, the longest first, then the earliest. */
function placeInText<M extends PlacedMarket>(markets: readonly M[], text: string): { market: M; place: string } | null {
  const words = normalizeText(text).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ");
  let best: { market: M; place: string; length: number; at: number } | null = null;
  for (const market of markets) {
    for (const [key, place] of namedPlaces(market)) {
      const at = words.search(new RegExp(`\\b${escape(key)}\\b`));
      if (at < 0) continue;
      if (!best || key.length > best.length || (key.length === best.length && at < best.at)) best = { market, place, length: key.length, at };
    }
  }
  return best;
}

/**
 * Finds the client's market: the ZIP decides when it belongs to a market (it is more precise than
 * a city, and ZIP data gives mailing cities such as Corona for Eastvale); otherwise the city,
 * compared without case or accents with each market's names and aliases ("Alta Loma" is Rancho
 * Cucamonga); otherwise a place the client's message names as whole words, the longest name
 * first ("Chino Hills" before a shorter name inside it). Nothing found gives null with the reason.
 */
export function resolveMarket<M extends PlacedMarket>(markets: readonly M[], postalCode?: string | null, city?: string | null, text?: string | null): MarketResolution<M> {
  const zip = normalizeZip(postalCode);
  const cityKey = normalizeCity(city);
  const byZip = zip ? markets.find((m) => m.zipCodes.includes(zip)) : undefined;
  const byCity = cityKey ? markets.find((m) => placeNames(m).includes(cityKey)) : undefined;
  if (byZip) {
    const conflict = byCity && byCity !== byZip ? `; the city "${city}" points to ${byCity.name}, but the ZIP wins` : "";
    return { market: byZip, reason: `ZIP ${zip} is in ${byZip.name}${conflict}`, by: "zip" };
  }
  const zipNote = postalCode ? (zip ? `ZIP ${zip} is in none of the markets` : `"${postalCode}" is not a ZIP code`) : null;
  if (byCity) return { market: byCity, reason: zipNote ? `${zipNote}; the city "${city}" is in ${byCity.name}` : `The city "${city}" is in ${byCity.name}`, by: "city" };
  const cityNote = city ? `the city "${city}" matches no market` : null;
  const named = text ? placeInText(markets, text) : null;
  if (named) {
    const said = `the message names ${named.place}, in ${named.market.name}`;
    const before = [zipNote, cityNote].filter((n) => n !== null);
    return { market: named.market, reason: before.length ? `${before.join("; ")}; ${said}` : said.charAt(0).toUpperCase() + said.slice(1), by: "text" };
  }
  const notes = [zipNote, cityNote, text?.trim() ? "the message names no market's place" : null].filter((n) => n !== null);
  return { market: null, reason: notes.length > 0 ? `Market unknown: ${notes.join("; ")}` : "Market unknown: no ZIP or city given", by: null };
}
