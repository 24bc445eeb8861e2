import { normalizeText } from "./text-signals";

/** Names for the languages the console shows; other codes are shown as they are. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  es: "Spanish",
  zh: "Chinese",
  vi: "Vietnamese",
  tl: "Tagalog",
  ko: "Korean",
};

/** The display name of a language code ("es" -> "Spanish"). */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** "es-MX", " ES " and "es_mx" all read as "es"; empty or missing input gives null. */
export function normalizeLanguage(code: string | null | undefined): string | null {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

/*
 * Spanish words that are not also English words or parts of local place names: "la", "el",
 * "los", "del", "de" are left out because of La Verne, El Monte, Los Angeles and Vista del Rio;
 * "mi" (miles), "con", "favor", "solo" and "no" because English texts use them.
 */
const SPANISH_MARKERS: ReadonlySet<string> = new Set([
  "hola", "quiero", "quisiera", "queremos", "necesito", "necesitamos", "vender", "comprar", "casa", "casas",
  "gracias", "por", "para", "que", "una", "estoy", "estamos", "tengo", "tenemos", "tiene", "es", "esta",
  "como", "cuanto", "cuando", "donde", "pero", "muy", "bien", "buenos", "buenas", "dias", "tardes", "noches",
  "hablar", "habla", "hablo", "espanol", "ayuda", "puede", "puedo", "podemos", "somos", "vamos", "nuestra",
  "nuestro", "mudarnos", "pronto", "rapido", "semana", "meses", "dinero", "precio", "vale", "usted", "ustedes",
  "tambien", "ahora", "hoy", "manana", "llamar", "llamame", "antes", "posible", "cuarto", "cuartos", "banos",
]);

/** At least this many different marker words... */
export const SPANISH_MIN_MARKERS = 2;
/** ...making up at least this share of the words. */
export const SPANISH_MIN_SHARE = 0.25;

/**
 * Reads a text as Spanish when at least two different marker words make up a quarter of its
 * words, so "Hola, I want to sell my house" or "my casa in Alta Loma" stay English.
 * Returns the markers found, for the reasons the console shows.
 */
export function detectSpanish(text: string): { spanish: boolean; markers: string[] } {
  const words = normalizeText(text).split(/[^a-z]+/).filter((w) => w.length > 0);
  let hits = 0;
  const markers: string[] = [];
  for (const word of words) {
    if (!SPANISH_MARKERS.has(word)) continue;
    hits += 1;
    if (!markers.includes(word)) markers.push(word);
  }
  const spanish = markers.length >= SPANISH_MIN_MARKERS && hits / Math.max(words.length, 1) >= SPANISH_MIN_SHARE;
  return { spanish, markers };
}
