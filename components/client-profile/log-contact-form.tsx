"use client";

import { logContactAction } from "@/app/(console)/clients/[id]/contact-actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { FieldError, useField } from "@/components/field-error";
import { CONTACT_OUTCOME_LABELS } from "@/lib/domain/appointments/appointment-words";
import { CONTACT_OUTCOMES } from "@/lib/domain/team/vocabulary";

const CHOICE = "flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 sm:min-h-9";

function Fields() {
  const outcome = useField("outcome");
  const note = useField("note");
  const channel = useField("channel").value ?? "call";
  const direction = useField("direction").value ?? "outbound";
  return (
    <div className="space-y-3">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 text-xs font-medium text-slate-700">What</legend>
        <label className={CHOICE}><input type="radio" name="channel" value="call" defaultChecked={channel === "call"} /> Call</label>
        <label className={CHOICE}><input type="radio" name="channel" value="meeting" defaultChecked={channel === "meeting"} /> Meeting</label>
      </fieldset>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 text-xs font-medium text-slate-700">Who reached out</legend>
        <label className={CHOICE}><input type="radio" name="direction" value="outbound" defaultChecked={direction === "outbound"} /> I did</label>
        <label className={CHOICE}><input type="radio" name="direction" value="inbound" defaultChecked={direction === "inbound"} /> The client did</label>
      </fieldset>
      <div>
        <label htmlFor="contact-outcome" className="text-xs font-medium text-slate-700">How it ended</label>
        <select id="contact-outcome" name="outcome" required {...outcome.inputProps} defaultValue={outcome.value ?? ""} className={FIELD}>
          <option value="" disabled>Choose an outcome</option>
          {CONTACT_OUTCOMES.map((o) => <option key={o} value={o}>{CONTACT_OUTCOME_LABELS[o]}</option>)}
        </select>
        <FieldError name="outcome" />
      </div>
      <div>
        <label htmlFor="contact-note" className="text-xs font-medium text-slate-700">Note (optional)</label>
        <textarea id="contact-note" name="note" rows={2} maxLength={2000} {...note.inputProps} defaultValue={note.value} className={FIELD} placeholder="What you talked about, what comes next" />
        <FieldError name="note" />
      </div>
    </div>
  );
}

/** Logs a call or meeting with the client: who reached out, how it ended and a short note. */
export function LogContactForm({ clientId }: { clientId: string }) {
  return (
    <ActionForm action={logContactAction} submitLabel="Log it" pendingLabel="Logging…" hidden={{ clientId }} testId="log-contact" className="space-y-3" wide>
      <Fields />
    </ActionForm>
  );
}
