"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { saveEmailSenderAction, type TemplateState } from "@/app/(console)/settings/template-actions";
import { buttonClass, inputClass } from "./form-status";
import { TemplateStatus } from "./message-templates-form";

/**
 * Who the team's emails come from, as CAN-SPAM asks: the sender name, the reply address and the
 * team's physical postal address, with the footer every email will carry (or why it cannot yet).
 */
export function EmailSenderForm({ sender, footer }: { sender: { fromName: string; fromAddress: string | null; postalAddress: string | null }; footer: { ok: true; text: string } | { ok: false; error: string } }) {
  const [state, run, pending] = useActionState<TemplateState, FormData>(saveEmailSenderAction, {});
  // Sent in a transition rather than as the form's action, so a refusal keeps what was typed.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => run(data));
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="email-sender-form">
      <div>
        <label htmlFor="sender-name" className="text-sm font-medium text-slate-900">Sender name</label>
        <input id="sender-name" name="fromName" required maxLength={100} defaultValue={sender.fromName} className={`mt-1 ${inputClass}`} />
      </div>
      <div>
        <label htmlFor="sender-address" className="text-sm font-medium text-slate-900">Reply address</label>
        <input id="sender-address" name="fromAddress" type="email" maxLength={254} defaultValue={sender.fromAddress ?? ""} placeholder="jorge@salasrealestate.com" className={`mt-1 ${inputClass}`} />
      </div>
      <div>
        <label htmlFor="sender-postal" className="text-sm font-medium text-slate-900">Postal address</label>
        <textarea id="sender-postal" name="postalAddress" rows={2} maxLength={300} defaultValue={sender.postalAddress ?? ""} aria-describedby="sender-postal-hint" placeholder="10808 Foothill Blvd, Rancho Cucamonga, CA 91730" className={`mt-1 ${inputClass}`} />
        <p id="sender-postal-hint" className="mt-0.5 text-xs text-slate-600">Street (or P.O. box), city, state and ZIP: CAN-SPAM requires it in every email.</p>
      </div>
      <div className="rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-700" data-testid="email-footer-preview">
        <p className="font-medium text-slate-900">Footer of every email</p>
        {footer.ok ? <pre className="mt-1 whitespace-pre-wrap break-words font-sans">{footer.text}</pre> : <p className="mt-1 text-amber-900">{footer.error}</p>}
      </div>
      <TemplateStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save sender"}</button>
    </form>
  );
}
