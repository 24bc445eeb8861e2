import type { Finding } from "./verdict";

interface PressurePhrase {
  pattern: RegExp;
  suggestion: string;
}

const phrase = (source: string, suggestion: string): PressurePhrase => ({ pattern: new RegExp(source, "i"), suggestion });

/** Pushy sales phrases Jorge's tone rules out, in English and Spanish, each with a consultative way to say what matters. */
const PRESSURE_PHRASES: readonly PressurePhrase[] = [
  phrase(String.raw`\bact (?:now|fast|today)\b|\bact[uú]ae? (?:ya|ahora|hoy)\b`, "Whenever you're ready, I'm happy to walk you through it."),
  phrase(String.raw`\b(?:only today|today only|s[oó]lo (?:por )?hoy|hoy nada m[aá]s)\b`, "Name the real date, such as \"The open house is Saturday 1-4\"."),
  phrase(String.raw`\bdon'?t miss (?:out|this)\b|\bno (?:te|se) (?:lo|la) pierdas?\b`, "If it sounds like a fit, I can set up a time to see it."),
  phrase(String.raw`\blast chance\b|(?<![\wÀ-ɏ])[uú]ltima oportunidad\b`, "Say what changes and when, such as \"Offers are due Monday at 5 pm\"."),
  phrase(String.raw`\byou(?:'d| would) be crazy\b|\bestar[ií]as? loc[oa]\b|\bser[ií]as? loc[oa]\b`, "Here is what I'd weigh if I were in your place: ..."),
  phrase(String.raw`\bprices (?:will )?never (?:be|get) this low\b|\blos precios nunca (?:van a estar|estar[aá]n) tan bajos\b`, "Share the recent sales and let the client judge the market."),
  phrase(String.raw`\blimited[- ]time\b|\b(?:por )?tiempo limitado\b`, "Give the actual deadline, if there is one."),
  phrase(String.raw`\bbefore it'?s too late\b|\bantes de que sea (?:demasiado )?tarde\b`, "Explain the timing plainly and leave the choice with the client."),
  phrase(String.raw`\b(?:hurry up|better hurry)\b|\bap[uú]rate\b|\bdate prisa\b`, "Take your time; I'm here when you want to talk it through."),
  phrase(String.raw`\bonce[- ]in[- ]a[- ]lifetime\b|\bno (?:volver[aá]s|va(?:s|n)?) a (?:ver|encontrar) (?:otra|algo) (?:igual|as[ií])(?![\wÀ-ɏ])`, "Describe what makes it stand out instead."),
];

/** One pattern for every phrase, so a message without pressure is read once. */
const ANY_PRESSURE = new RegExp(PRESSURE_PHRASES.map((p) => `(?:${p.pattern.source})`).join("|"), "i");

/** Jorge's tone: friendly and consultative, never pushy. Each pressure phrase is a warning with a calmer wording. */
export function checkPressure(text: string): Finding[] {
  if (!ANY_PRESSURE.test(text)) return [];
  const findings: Finding[] = [];
  for (const p of PRESSURE_PHRASES) {
    const match = p.pattern.exec(text);
    if (match) findings.push({ rule: "tone", category: "pressure", severity: "warn", excerpt: match[0], explanation: `"${match[0]}" pressures the client; Jorge's standard is friendly and consultative, never pushy.`, suggestion: p.suggestion });
  }
  return findings;
}
