/**
 * Lowercase without accents or curly apostrophes, character for character, so an offset in the
 * folded text is the same offset in the client's words (normalizeText collapses spaces; this does not).
 */
export function fold(text: string): string {
  let out = "";
  for (const c of text) {
    const plain = c.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[\u2018\u2019]/g, "'");
    out += plain.length === c.length ? plain : c;
  }
  return out;
}
