import { clarity, excerptOf, type Found } from "./answer";
import { properName, type Reading } from "./reading";

const SUFFIX = String.raw`(?:st|street|ave|avenue|dr|drive|rd|road|ln|lane|ct|court|way|blvd|boulevard|pl|place|cir|circle|pkwy|parkway|ter|terrace|trl|trail|loop|hwy|highway)`;
/** A house number, up to four words of street name, and a street suffix: "123 Banyan St", "13890 Cypress Point Way". */
const STREET_ADDRESS = new RegExp(String.raw`\b\d{2,6}\s+(?:[nsew]\.?\s+)?(?:[a-z0-9'.-]+\s+){0,3}?${SUFFIX}\b\.?`);
/**
 * Street names that put the kind of street first, as Spanish ones do: "7655 Calle Vista", "12 Avenida
 * de la Paz", "880 Camino Real"; up to three name words (with de/del/la/las/los between), up to a
 * comma, a unit word or "in"/"en" and a city.
 */
const PREFIX_STREET = /\b\d{2,6}\s+(?:calle|avenida|avda|camino|paseo|via|plaza|circulo|corte|sendero)\s+(?:(?:de|del|la|las|los|el)\s+)*(?!(?:in|en|apt|unit|suite)\b)[a-z][a-z'-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*(?!(?:in|en|apt|unit|suite|ca)\b)[a-z][a-z'-]*){0,2}/;
/** Cross streets as where the home is: "the corner of Milliken and Base Line", "la esquina de Haven y Base Line". */
const CROSS_STREETS = /\b(?:corner of|intersection of|esquina de)\s+([a-z0-9'-]+(?:\s+[a-z0-9'-]+)?)\s+(?:and|&|y)\s+([a-z0-9'-]+(?:\s+(?!(?:in|en)\b)[a-z0-9'-]+)?)/;
/** A street without a number, named as where the home is: "my house on Haven Ave". */
const HOME = String.raw`(?:house|home|place|property|condo|townhome|casa|propiedad)`;
const STREET_ONLY = new RegExp(String.raw`\b${HOME}\s+(?:is\s+)?(?:on|off|en la|en)\s+((?!the\b)[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,2}?\s+${SUFFIX})\b\.?`);
/**
 * A home placed only in a neighborhood or city, and said to be the client's own: "mi casa en
 * Etiwanda", "our house in Alta Loma". "A place in Las Vegas" is another home (one bought, or
 * where they go), so a city after any other word is no property address.
 */
const PLACE_ONLY = new RegExp(String.raw`\b(?:my|our|the|this|mi|nuestra|nuestro|la|esta)\s+${HOME}\s+(?:is\s+|esta\s+)?(?:in|en)\s+`, "g");

function place(r: Reading, from: number): string | null {
  const after = /^\s*(?:,\s*)?(?:in|en)\s+/.exec(r.folded.slice(from));
  return after ? properName(r.text, from + after[0].length) : null;
}

/**
 * The property's address: a full street address anywhere, with the street kind after the name
 * ("123 Banyan St") or before it ("7655 Calle Vista"); cross streets or a street named as where
 * the home is ("my house on Haven Ave in Alta Loma") or, when the question asked for it, a house
 * number and street without a suffix; a neighborhood alone ("mi casa en Etiwanda") is partial.
 */
export function readAddress(r: Reading): Found | null {
  const asked = r.ctx.lastQuestion === "address";
  const full = STREET_ADDRESS.exec(r.folded);
  if (full) {
    const text = excerptOf(r.text, full.index, full.index + full[0].length);
    return { answer: { field: "address", value: { text }, excerpt: text, quality: 95 }, spans: [[full.index, full.index + full[0].length]] };
  }
  const prefixed = PREFIX_STREET.exec(r.folded);
  if (prefixed) {
    const text = excerptOf(r.text, prefixed.index, prefixed.index + prefixed[0].length);
    return { answer: { field: "address", value: { text }, excerpt: text, quality: 90 }, spans: [[prefixed.index, prefixed.index + prefixed[0].length]] };
  }
  const cross = CROSS_STREETS.exec(r.folded);
  if (cross) {
    const start = cross.index + cross[0].indexOf(cross[1]!);
    const text = excerptOf(r.text, start, cross.index + cross[0].length);
    return { answer: { field: "address", value: { text, partial: true }, excerpt: excerptOf(r.text, cross.index, cross.index + cross[0].length), quality: 60 }, spans: [[cross.index, cross.index + cross[0].length]] };
  }
  const street = STREET_ONLY.exec(r.folded);
  if (street) {
    const start = street.index + street[0].length - street[1]!.length - (street[0].endsWith(".") ? 1 : 0);
    const end = street.index + street[0].length;
    const where = place(r, end);
    const text = [excerptOf(r.text, start, end), where].filter(Boolean).join(", ");
    return { answer: { field: "address", value: { text, partial: true }, excerpt: excerptOf(r.text, street.index, end), quality: 70 }, spans: [[street.index, end]] };
  }
  if (asked) {
    const numbered = /^\s*(?:it'?s\s+|es\s+|we'?re at\s+)?(\d{2,6}\s+(?!(?:days?|dias|weeks?|semanas|months?|meses|years?|k|mil|thousand|bed|bedrooms?|sq|square)\b)[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){0,3})\s*$/.exec(r.folded);
    if (numbered) {
      const start = numbered.index + numbered[0].indexOf(numbered[1]!);
      const text = excerptOf(r.text, start, start + numbered[1]!.length);
      return { answer: { field: "address", value: { text }, excerpt: text, quality: clarity(r.text, 75) }, spans: [[start, start + numbered[1]!.length]] };
    }
  }
  for (const m of r.folded.matchAll(PLACE_ONLY)) {
    const name = properName(r.text, m.index + m[0].length);
    if (!name) continue;
    const end = m.index + m[0].length + name.length;
    return { answer: { field: "address", value: { text: name, partial: true }, excerpt: excerptOf(r.text, m.index, end), quality: 40 }, spans: [[m.index, end]] };
  }
  return null;
}
