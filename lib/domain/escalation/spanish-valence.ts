/**
 * A Spanish word list in AFINN's form (each word rated -5..5 for valence), written unaccented
 * because texts are normalized first. The `sentiment` package has English only; this list is
 * registered with it as "es" so Spanish messages are scored by the same engine and rules.
 */
export const SPANISH_VALENCE: Readonly<Record<string, number>> = Object.freeze({
  // strongly negative
  pesimo: -4, pesima: -4, horrible: -4, horror: -3, terrible: -4, furioso: -4, furiosa: -4, estafa: -4, fraude: -4,
  mentira: -3, mentiras: -3, mentiroso: -4, mentirosa: -4, engano: -3, enganado: -3, enganada: -3, enganaron: -3,
  inaceptable: -4, indignado: -4, indignada: -4, asco: -4, desastre: -4, ridiculo: -3, ridicula: -3, peor: -3, odio: -4,
  // negative
  enojado: -3, enojada: -3, enojados: -3, enojo: -3, molesto: -3, molesta: -3, molestos: -3, molestas: -3, harto: -3, harta: -3, cansado: -2, cansada: -2, canse: -2,
  decepcionado: -3, decepcionada: -3, decepcionados: -3, decepcion: -3, frustrado: -3, frustrada: -3, frustrante: -3,
  mal: -2, malo: -2, mala: -2, malos: -2, fea: -2, feo: -2, grosero: -3, grosera: -3, irrespetuoso: -3, falta: -2,
  triste: -2, tristes: -2, problema: -2, problemas: -2, queja: -2, quejas: -2, lento: -1, lenta: -1, caro: -1, cara: -1, carisimo: -2,
  ignoran: -2, ignorado: -2, ignorada: -2, abandonado: -2, perder: -2, perdimos: -2, perdido: -2, cancelan: -1, cancelaron: -1,
  // worry
  preocupado: -2, preocupada: -2, preocupados: -2, preocupadas: -2, preocupa: -2, preocupacion: -2, miedo: -2, nervioso: -2, nerviosa: -2,
  nerviosos: -2, nerviosas: -2, ansioso: -2, ansiosa: -2, angustia: -3, angustiado: -3, estresado: -2, estresada: -2, estres: -2, dudas: -1, temo: -2,
  // positive
  gracias: 2, agradecido: 2, agradecida: 2, agradecidos: 2, agradezco: 2, amable: 2, bien: 1, bueno: 2, buena: 2, buen: 2, buenisimo: 3,
  excelente: 3, perfecto: 3, perfecta: 3, genial: 3, maravilloso: 4, maravillosa: 4, increible: 3, fantastico: 4, fantastica: 4,
  feliz: 3, felices: 3, contento: 2, contenta: 2, contentos: 2, contentas: 2, encanta: 3, encanto: 3, encantados: 3, encantada: 3, encantado: 3,
  emocionado: 3, emocionada: 3, emocionados: 3, hermosa: 3, hermoso: 3, bonita: 2, bonito: 2, linda: 2, lindo: 2, mejor: 2, mejores: 2,
  gusta: 2, gusto: 2, ayuda: 1, tranquilo: 1, tranquila: 1, satisfecho: 2, satisfecha: 2, recomiendo: 2, felicidades: 3,
});

const NEGATORS = new Set(["no", "nunca", "ni", "tampoco", "jamas", "sin", "nada"]);
const CONTRAST = new Set(["pero", "aunque", "sino"]);

/**
 * Flips a word's valence when a negation is among the two words before it ("no estoy
 * contento"), and weighs what follows "pero" / "aunque" over what precedes it (x1.5 and x0.5),
 * VADER's rule for "but": "bonita pero muy cara" reads as the complaint it is.
 */
export const spanishScoring = {
  apply(tokens: string[], cursor: number, tokenScore: number): number {
    const before = tokens.slice(Math.max(0, cursor - 2), cursor);
    const score = before.some((t) => NEGATORS.has(t)) ? -tokenScore : tokenScore;
    const contrast = tokens.findIndex((t) => CONTRAST.has(t));
    if (contrast < 0) return score;
    return cursor > contrast ? score * 1.5 : score * 0.5;
  },
};
