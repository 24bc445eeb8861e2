import { z } from "zod";
import { MESSAGE_AUTHORS, MESSAGE_PURPOSES } from "@/lib/domain/team/vocabulary";
import type { GhlMessageKind } from "../ghl/client";

/** The channels the outbox can send through GoHighLevel, with GHL's message type and the reviewer's channel name. */
export const SENDABLE_CHANNELS = {
  sms: { ghl: "SMS", review: "SMS", words: "text" },
  email: { ghl: "Email", review: "Email", words: "email" },
  chat: { ghl: "Live_Chat", review: "Live Chat", words: "chat message" },
} as const satisfies Record<string, { ghl: GhlMessageKind; review: string; words: string }>;
export type SendableChannel = keyof typeof SENDABLE_CHANNELS;
const CHANNEL_NAMES = Object.keys(SENDABLE_CHANNELS) as [SendableChannel, ...SendableChannel[]];

const guid = (what: string) => z.guid(`${what} must be a UUID`);

/** One message someone (a person, an AI seat, a template or a campaign) means to send a client. */
export const outboundDraftSchema = z
  .object({
    organizationId: guid("organizationId"),
    clientId: guid("clientId"),
    /** The seat the message speaks for; its timeline row is written under it. */
    seatId: guid("seatId"),
    authorKind: z.enum(MESSAGE_AUTHORS, { error: `authorKind must be one of ${MESSAGE_AUTHORS.join(", ")}` }),
    authorUserId: guid("authorUserId").nullish(),
    purpose: z.enum(MESSAGE_PURPOSES, { error: `purpose must be one of ${MESSAGE_PURPOSES.join(", ")}` }).default("conversational"),
    channel: z.enum(CHANNEL_NAMES, { error: `channel must be one of ${CHANNEL_NAMES.join(", ")} (the channels GoHighLevel sends for the console)` }),
    subject: z.string().trim().max(300, "A subject is at most 300 characters").nullish(),
    body: z.string({ error: "body is required: the words to send" }).trim().min(1, "body is empty: write the message").max(20_000, "body is at most 20,000 characters"),
    /** One key per message meant to go out once, such as "reply:<inbound interaction id>". */
    idempotencyKey: z.string({ error: "idempotencyKey is required" }).trim().min(1, "idempotencyKey is empty: give one key per message meant to go out once").max(200, "idempotencyKey is at most 200 characters"),
    inReplyToId: guid("inReplyToId").nullish(),
    /**
     * "opt_out_confirmation": the single text that confirms an opt-out, the one message the gate
     * lets through to an opted-out client. Mark only the first confirmation after the opt-out.
     */
    reviewKind: z.enum(["opt_out_confirmation"], { error: 'reviewKind must be "opt_out_confirmation" (the one text confirming an opt-out) or left out' }).nullish(),
    /** A GHL location to send from; by default the client's own (the one its webhooks came from). */
    ghlLocationId: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$/, "ghlLocationId is 3 to 64 letters or digits").nullish(),
  })
  .refine((d) => d.channel !== "email" || Boolean(d.subject), { path: ["subject"], message: "An email needs a subject" });
export type OutboundDraft = z.input<typeof outboundDraftSchema>;
export type ParsedDraft = z.output<typeof outboundDraftSchema>;
