/** What the reviewer is asked about: one message, and what is known of its recipient and author. */
import { z } from "zod";
import { MESSAGE_PURPOSES } from "../team/vocabulary";
import { isTimeZone } from "./time-zone";

export const REVIEW_CHANNELS = ["SMS", "Email", "Call", "Voicemail", "GMB", "FB", "IG", "WhatsApp", "Live Chat"] as const;

/** One message as the review doors take it (`npm run review`, POST /api/v1/messages/review). */
export const reviewInputSchema = z.object({
  text: z.string({ error: "text is required: the message's words" }).max(20_000, "text is at most 20,000 characters"),
  direction: z.enum(["inbound", "outbound"], { error: 'direction must be "inbound" (from the client) or "outbound" (to the client)' }),
  channel: z.enum(REVIEW_CHANNELS, { error: `channel must be one of ${REVIEW_CHANNELS.join(", ")}` }),
  sentAt: z.iso.datetime({ offset: true, error: "sentAt must be an ISO time with its offset, such as 2026-12-01T18:30:00-08:00" }).optional(),
  recipientTimeZone: z.string().refine(isTimeZone, { error: "recipientTimeZone must be an IANA time zone such as America/Los_Angeles; leave it out to use the team's zone" }).optional(),
  purpose: z.enum(MESSAGE_PURPOSES, { error: 'purpose must be "marketing", "transactional" or "conversational"' }).optional(),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

/**
 * What the product knows beyond the message when it reviews its own outbox (the doors pass none):
 * the recipient's consent, who writes, the subject and sender of an email, and the questions of
 * Jorge's order already asked, for the rubric.
 */
export interface ReviewContext {
  consent?: { sms: boolean; email: boolean; optedOut: boolean };
  authorKind?: "ai" | "human" | "template" | "campaign";
  email?: { subject?: string | null; fromName?: string | null; fromAddress?: string | null; hasFooter?: boolean };
  /** The client's pipeline, so the rubric knows which order of questions applies. */
  pipeline?: "seller" | "buyer";
  /** Qualification fields already answered (address, motivation ...), so asking one again is a finding. */
  answered?: readonly string[];
  /**
   * What kind of message this is when it is not an ordinary one: "opt_out_confirmation" is the
   * single text that confirms an opt-out, the only message an opted-out client may still get.
   * The caller marks it only for the first confirmation after the opt-out.
   */
  kind?: "opt_out_confirmation";
}
