import { normalizeText } from "../routing/text-signals";

export const CONVERSATION_LANGUAGES = ["en", "es"] as const;
export type ConversationLanguage = (typeof CONVERSATION_LANGUAGES)[number];

/*
 * Spanish function words and everyday words of a home sale that English texts do not use.
 * "la", "el", "los", "del" stay out (La Verne, El Monte, Los Angeles, Vista del Rio) and so do
 * "no", "mi" and "con", which English texts carry too.
 */
const SPANISH_WORDS: ReadonlySet<string> = new Set([
  "hola", "que", "quiero", "queremos", "quisiera", "necesito", "necesita", "vender", "comprar", "casa", "mis", "una", "unos", "unas",
  "por", "para", "pero", "como", "cuando", "donde", "cuanto", "estoy", "estamos", "esta", "tengo", "tenemos", "tiene", "es", "son",
  "muy", "bien", "gracias", "si", "ya", "todavia", "aun", "nada", "algo", "porque", "nos", "mudamos", "mudarnos", "trabajo",
  "dias", "meses", "semanas", "ano", "primavera", "verano", "marzo", "junio", "mil", "recamaras", "cuartos", "patio", "prestamista",
  "aprobado", "aprobada", "preaprobado", "buenos", "buenas", "tardes", "noches", "llamar", "ahora", "pronto", "tambien", "usted",
  "entre", "hay", "sus", "nuestra", "nuestro", "lista", "listo", "arreglar", "precio", "alrededor", "menos", "mas", "despues",
]);
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  "the", "and", "is", "are", "we", "i", "my", "you", "it", "to", "of", "in", "for", "on", "with", "want", "need", "house", "home",
  "yes", "yeah", "sell", "buy", "days", "months", "this", "that", "would", "about", "around", "at", "be", "have", "not", "just",
]);

/** The language a client writes in, and the evidence for it, so the reason can be shown. */
export interface LanguageReading {
  language: ConversationLanguage;
  spanish: number;
  english: number;
}

/**
 * English or Spanish by counting evidence: each Spanish word, accented letter (á é í ó ú ñ) or
 * inverted mark (¿ ¡) counts for Spanish, each common English word for English; the larger
 * count wins. A short text with little evidence either way ("ok", "850k", "Si") keeps the
 * client's known language, so a Spanish speaker's "ok" is still answered in Spanish.
 */
export function readLanguage(text: string, known?: string | null): LanguageReading {
  const marks = (text.match(/[¿¡ñÑáéíóúÁÉÍÓÚ]/g) ?? []).length;
  const words = normalizeText(text).split(/[^a-z]+/).filter((w) => w.length > 0);
  const spanish = marks + words.filter((w) => SPANISH_WORDS.has(w)).length;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const fallback: ConversationLanguage = known === "es" ? "es" : known === "en" ? "en" : spanish > english ? "es" : "en";
  const ambiguous = Math.abs(spanish - english) < 2 && words.length <= 4;
  const language = ambiguous ? fallback : spanish > english ? "es" : "en";
  return { language, spanish, english };
}

/** "en" or "es" for a client's message; see readLanguage for how it decides. */
export function detectLanguage(text: string, known?: string | null): ConversationLanguage {
  return readLanguage(text, known).language;
}
