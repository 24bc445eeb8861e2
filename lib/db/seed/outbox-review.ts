import { reviewMessage } from "../../domain/compliance/review";
import type { ReviewContext, ReviewInput } from "../../domain/compliance/review-input";
import type { Verdict } from "../../domain/compliance/verdict";
import type { MessagePurpose, QualificationField } from "../../domain/team/vocabulary";
import { addMinutes } from "./dates";
import { EMAIL_FOOTER } from "./message-text";
import type { ClientInfo, SeedContext } from "./types";

/** The name and address the team's e-mails go out from. */
export const TEAM_SENDER = { fromName: "Jorge Salas Real Estate", fromAddress: "team@salas.example" } as const;

/** The subject line of a seat's e-mail to a client, in the client's language. */
export function emailSubject(c: ClientInfo): string {
  const spanish = c.row.language === "es";
  if (c.pipeline === "seller") return spanish ? "La venta de su casa" : `Your home on ${c.street.replace(/^\d+\s+/, "")}`;
  return spanish ? "Su búsqueda de casa" : `Your home search in ${c.zip.city}`;
}

/** One message for the reviewer, with what the outbox would know of its recipient at that moment. */
export interface SeedReviewRequest {
  c: ClientInfo;
  channel: "sms" | "email";
  body: string;
  at: Date;
  authorKind: "ai" | "human";
  purpose?: MessagePurpose;
  answered?: readonly QualificationField[];
  /** The single confirmation after an opt-out. */
  optOutConfirmation?: boolean;
}

/** The real quality gate on a seeded message, with the recipient's consent, zone, pipeline and answers at that moment. */
export function reviewSeedMessage(r: SeedReviewRequest): Verdict {
  const input: ReviewInput = {
    text: r.body, direction: "outbound", channel: r.channel === "sms" ? "SMS" : "Email", sentAt: r.at.toISOString(), recipientTimeZone: r.c.row.timeZone ?? undefined,
    ...(r.purpose && r.purpose !== "conversational" ? { purpose: r.purpose } : {}),
  };
  const optedOut = r.c.row.optedOutAt ? r.c.row.optedOutAt.getTime() <= r.at.getTime() : false;
  // A client who later opted out of texts had SMS consent until then.
  const sms = (r.c.row.smsConsent ?? false) || (r.c.optedOut && r.c.medium === "sms");
  const context: ReviewContext = {
    consent: { sms, email: r.c.row.emailConsent ?? false, optedOut },
    authorKind: r.authorKind, pipeline: r.c.pipeline, answered: r.answered ?? [],
    ...(r.channel === "email" ? { email: { subject: emailSubject(r.c), ...TEAM_SENDER, hasFooter: r.body.includes(EMAIL_FOOTER) } } : {}),
    ...(r.optOutConfirmation ? { kind: "opt_out_confirmation" as const } : {}),
  };
  return reviewMessage(input, context, r.at);
}

/** One quality finding per finding of a verdict, tied to the outbox row (and its timeline row once sent). */
export function pushFindings(ctx: SeedContext, m: { id: string; clientId: string; seatId: string | null; interactionId: string | null; createdAt: Date }, verdict: Verdict, ids: () => string): void {
  for (const f of verdict.findings) {
    ctx.data.qualityFindings.push({
      organizationId: ctx.orgId, id: ids(), interactionId: m.interactionId, outboundMessageId: m.id, clientId: m.clientId, seatId: m.seatId,
      rule: f.rule, level: f.severity, code: f.category, excerpt: f.excerpt, message: f.explanation, suggestion: f.suggestion ?? null, createdAt: addMinutes(m.createdAt, 0.01),
    });
  }
}
