import { hasPostalAddress } from "./can-spam";

/** Who the team's emails come from: the EMAIL_SENDER setting. */
export interface EmailSender {
  fromName: string;
  postalAddress: string | null;
}

const WORDS = {
  en: { why: (name: string) => `You are receiving this email from ${name}.`, stop: "To stop these emails, unsubscribe here:" },
  es: { why: (name: string) => `Recibe este correo de ${name}.`, stop: "Para dejar de recibir estos correos, cancele la suscripción aquí:" },
} as const;

/**
 * The footer the product adds to every email it sends, as CAN-SPAM requires: who sends it, the
 * team's physical postal address and an unsubscribe link, in the client's language. Refuses,
 * saying what to fix, while the sender's name or postal address is missing from Settings or the
 * address is not one a reader (or checkCanSpam) would recognize, and for a link that is not http(s).
 */
export function buildEmailFooter(sender: EmailSender, unsubscribeUrl: string, language: "en" | "es" = "en"): { ok: true; text: string } | { ok: false; error: string } {
  const name = sender.fromName.trim();
  const address = sender.postalAddress?.trim() ?? "";
  if (!name) return { ok: false, error: "The email sender has no name: set the team's name in Settings." };
  if (!address) return { ok: false, error: "The team's postal address is not set: enter it in Settings (CAN-SPAM requires it in every email)." };
  if (!hasPostalAddress(address)) return { ok: false, error: `"${address}" is not a full postal address: give the street (or P.O. box), city, state and ZIP, such as 123 Main St, Rancho Cucamonga, CA 91730.` };
  let url: URL;
  try {
    url = new URL(unsubscribeUrl);
  } catch {
    return { ok: false, error: `The unsubscribe link "${unsubscribeUrl}" is not a URL.` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, error: "The unsubscribe link must be an http(s) address the client can open." };
  const words = WORDS[language];
  return { ok: true, text: ["--", name, address.replace(/\s*\n\s*/g, ", "), words.why(name), `${words.stop} ${url.href}`].join("\n") };
}
