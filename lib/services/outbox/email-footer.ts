import { hasPostalAddress, hasUnsubscribeLink } from "@/lib/domain/compliance/can-spam";
import { buildEmailFooter } from "@/lib/domain/compliance/email-footer";
import type { Db, Tx } from "@/lib/db/client";
import { loadEmailSender } from "../settings/email-sender";
import { signUnsubscribeToken } from "./unsubscribe-token";

/** Who an email to one client comes from, and the CAN-SPAM footer it carries (or why none can be built). */
export interface EmailIdentity {
  fromName: string;
  fromAddress: string | null;
  footer: { ok: true; text: string } | { ok: false; error: string };
}

type Env = Readonly<Record<string, string | undefined>>;

/** The address clients reach the console at, for links in emails: CONSOLE_PUBLIC_URL, else http://localhost:3000. */
export function consolePublicUrl(env: Env = process.env): string {
  return (env.CONSOLE_PUBLIC_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}

/** The link that unsubscribes one client from the team's email. */
export function unsubscribeUrl(organizationId: string, clientId: string, env: Env = process.env): string {
  return `${consolePublicUrl(env)}/unsubscribe/${signUnsubscribeToken(organizationId, clientId)}`;
}

/** The client's language as the footer knows it: Spanish for "es", English otherwise. */
export const footerLanguage = (language: string | null | undefined): "en" | "es" => (language === "es" ? "es" : "en");

/** The team's sender (from Settings) and the footer for this client, with its own unsubscribe link, in the client's language. */
export async function emailIdentity(tx: Db | Tx, organizationId: string, clientId: string, language: string | null | undefined): Promise<EmailIdentity> {
  const sender = await loadEmailSender(tx, organizationId);
  let link: string;
  try {
    link = unsubscribeUrl(organizationId, clientId);
  } catch (error) {
    return { fromName: sender.fromName, fromAddress: sender.fromAddress, footer: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
  return { fromName: sender.fromName, fromAddress: sender.fromAddress, footer: buildEmailFooter(sender, link, footerLanguage(language)) };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Plain text as HTML: escaped, a paragraph per blank-line block, line breaks kept, http(s) links clickable. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => `<p>${escapeHtml(block).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** The email as sent: the author's words, then the footer, as text and as HTML. */
export function emailWithFooter(body: string, footer: string | null): { message: string; html: string } {
  const message = footer ? `${body.trimEnd()}\n\n${footer}` : body;
  const html = footer ? `${textToHtml(body)}\n<div style="margin-top:24px;color:#555;font-size:12px">${textToHtml(footer)}</div>` : textToHtml(body);
  return { message, html };
}

/** GoHighLevel's emailFrom for the sender: "Name <address>", or null while no reply address is set. */
export function emailFrom(identity: Pick<EmailIdentity, "fromName" | "fromAddress">): string | null {
  if (!identity.fromAddress) return null;
  const name = identity.fromName.replace(/["<>\r\n]/g, "").trim();
  return name ? `${name} <${identity.fromAddress}>` : identity.fromAddress;
}

/**
 * What GoHighLevel gets for one email: the author's words with the footer appended (text and
 * HTML) and the sender as emailFrom when a reply address is set. Without a footer only an email
 * that needs none goes out (transactional, or one that carries its own address and unsubscribe
 * link, as the gate allowed); any other is refused with the footer's reason.
 */
export function emailToSend(identity: EmailIdentity, email: { body: string; purpose: string }): { ok: true; message: string; html: string; emailFrom: string | null } | { ok: false; error: string } {
  const from = emailFrom(identity);
  if (identity.footer.ok) return { ok: true, ...emailWithFooter(email.body, identity.footer.text), emailFrom: from };
  const needsNone = email.purpose === "transactional" || (hasPostalAddress(email.body) && hasUnsubscribeLink(email.body));
  return needsNone ? { ok: true, ...emailWithFooter(email.body, null), emailFrom: from } : { ok: false, error: identity.footer.error };
}
