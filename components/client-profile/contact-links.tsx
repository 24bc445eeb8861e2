const LINK = "inline-flex min-h-11 min-w-0 flex-1 items-center justify-center gap-1.5 rounded-lg px-3 text-sm font-semibold sm:flex-none";
const ON = `${LINK} bg-brand-600 text-white hover:bg-brand-700`;
const OFF = `${LINK} cursor-not-allowed border border-dashed border-slate-300 bg-slate-50 text-slate-600`;

/** A phone number as a dialable link target: digits and a leading plus only. */
const dialable = (phone: string) => phone.replace(/[^\d+]/g, "");

/** Why the client cannot be texted, or null when they can: texts need SMS consent and no opt-out. */
export function smsRefusal(c: { phone: string | null; smsConsent: boolean; optedOutAt: Date | null }): string | null {
  if (!c.phone) return "No phone number";
  if (c.optedOutAt) return "Opted out of texts";
  if (!c.smsConsent) return "No SMS consent";
  return null;
}

/**
 * Tap to call, text or email the client. A text link appears only with SMS consent and no
 * opt-out; otherwise the button says why it is off, so nobody texts a client who said stop.
 */
export function ContactLinks({ client }: { client: { firstName: string; phone: string | null; email: string | null; smsConsent: boolean; optedOutAt: Date | null } }) {
  const noText = smsRefusal(client);
  return (
    <nav aria-label={`Contact ${client.firstName}`} className="flex flex-wrap gap-2" data-testid="contact-links">
      {client.phone ? <a href={`tel:${dialable(client.phone)}`} className={ON}>Call</a> : <span className={OFF}>No phone</span>}
      {noText ? <span className={OFF} title={noText}>Text: {noText.toLowerCase()}</span> : <a href={`sms:${dialable(client.phone!)}`} className={ON}>Text</a>}
      {client.email ? <a href={`mailto:${client.email}`} className={ON}>Email</a> : <span className={OFF}>No email</span>}
    </nav>
  );
}
