"use client";

import { useActionState, useId, useRef, useState } from "react";
import { sendAnywayAction, sendMessageAction } from "@/app/(console)/clients/[id]/message-actions";
import { FIELD } from "@/components/action-form";
import { ComposeOutcomeView } from "./compose-outcome";
import type { ComposeState } from "./compose-state";

/** The client facts the panel says up front: whether they can be texted or emailed at all. */
export interface ComposeClient {
  id: string;
  firstName: string;
  phone: string | null;
  email: string | null;
  smsConsent: boolean;
  emailConsent: boolean;
  optedOut: boolean;
}

const SMS_LIMIT = 320;
/** Outcomes after which the message is stored for sending, so the box empties for the next one. */
const STORED = new Set(["queued", "sent", "delivered", "not_connected"]);

/** Why each channel will be refused, said before anyone writes. */
function notices(c: ComposeClient, channel: "sms" | "email"): string[] {
  if (c.optedOut) return [`${c.firstName} opted out: the quality gate refuses every text and email to them.`];
  if (channel === "sms" && !c.phone) return [`${c.firstName} has no phone number, so a text cannot go out.`];
  if (channel === "sms" && !c.smsConsent) return [`${c.firstName} has not agreed to texts: a text will be refused. Write an email, or ask on a call whether texts are welcome.`];
  if (channel === "email" && !c.email) return [`${c.firstName} has no email address, so an email cannot go out.`];
  if (channel === "email" && !c.emailConsent) return [`${c.firstName} has not agreed to email: an email will be refused.`];
  return [];
}

/**
 * Writing to the client from the console: a text (with a live count against 320 characters) or
 * an email with a subject, sent through the quality gate for the writer's seat. Each stored
 * message gets a fresh nonce, so a double submit sends once; what was typed stays after a
 * refusal or a hold, and the outcome stands next to the form in plain words.
 */
export function ComposePanel({ client, nonce }: { client: ComposeClient; nonce: string }) {
  const canText = Boolean(client.phone) && client.smsConsent && !client.optedOut;
  const [channel, setChannel] = useState<"sms" | "email">(canText || !(client.email && client.emailConsent) ? "sms" : "email");
  const [body, setBody] = useState("");
  const [subject, setSubject] = useState("");
  const [dismissed, setDismissed] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [state, run, pending] = useActionState<ComposeState, FormData>(async (prev, form) => {
    const next = form.has("outboundMessageId") ? await sendAnywayAction(prev, form) : await sendMessageAction(prev, form);
    if (next.outcome && STORED.has(next.outcome.state)) {
      setBody("");
      setSubject("");
    }
    return next;
  }, {});
  const outcome = state.outcome && state.outcome.messageId !== dismissed ? state.outcome : undefined;
  const warnings = notices(client, channel);
  const over = channel === "sms" && body.length > SMS_LIMIT;
  const edit = () => {
    setDismissed(state.outcome?.messageId ?? null);
    box.current?.focus();
  };
  return (
    <div className="space-y-3" data-testid="compose-panel">
      <form action={run} className="space-y-3" data-testid="compose-form">
        <input type="hidden" name="clientId" value={client.id} />
        <input type="hidden" name="nonce" value={state.nextNonce ?? nonce} />
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="sr-only">Channel</legend>
          {(["sms", "email"] as const).map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2 text-sm text-slate-900 sm:min-h-0">
              <input type="radio" name="channel" value={c} checked={channel === c} onChange={() => setChannel(c)} />
              {c === "sms" ? "Text (SMS)" : "Email"}
            </label>
          ))}
        </fieldset>
        {warnings.map((w) => <p key={w} className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="compose-notice">{w}</p>)}
        {channel === "email" ? (
          <div>
            <label htmlFor={`${id}-subject`} className="text-sm font-medium text-slate-900">Subject</label>
            <input id={`${id}-subject`} name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={300} aria-invalid={state.fieldErrors?.subject ? true : undefined} className={`mt-1 ${FIELD}`} />
            {state.fieldErrors?.subject ? <p className="mt-1 text-sm font-medium text-red-700">{state.fieldErrors.subject}</p> : null}
          </div>
        ) : null}
        <div>
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor={`${id}-body`} className="text-sm font-medium text-slate-900">Message to {client.firstName}</label>
            {channel === "sms" ? <span id={`${id}-count`} aria-live="polite" className={`text-xs tabular-nums ${over ? "font-semibold text-red-700" : "text-slate-600"}`} data-testid="compose-count">{body.length} / {SMS_LIMIT}</span> : null}
          </div>
          <textarea ref={box} id={`${id}-body`} name="body" rows={4} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={channel === "sms" ? `${id}-count` : undefined}
            aria-invalid={state.fieldErrors?.body || over ? true : undefined} className={`mt-1 ${FIELD}`} />
          {over ? <p className="mt-1 text-sm text-red-700">Jorge&apos;s texts stay within {SMS_LIMIT} characters: shorten it, or send the details by email.</p> : null}
          {state.fieldErrors?.body ? <p className="mt-1 text-sm font-medium text-red-700">{state.fieldErrors.body}</p> : null}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p role="alert" className="min-w-0 flex-1 text-sm text-red-700">{state.error ?? ""}</p>
          <button type="submit" disabled={pending} className="min-h-11 w-full rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70 sm:min-h-0 sm:w-auto">{pending ? "Sending…" : "Send"}</button>
        </div>
      </form>
      {outcome ? <ComposeOutcomeView outcome={outcome} text={body} onReword={(t) => { setBody(t); box.current?.focus(); }} onEdit={edit} sendAnyway={run} pending={pending} /> : null}
    </div>
  );
}
