"use client";

import { escalateToJorgeAction } from "@/app/(console)/clients/[id]/contact-actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { FieldError, useField } from "@/components/field-error";

const SEVERITY_CHOICES = [
  ["critical", "Critical"],
  ["high", "High"],
  ["medium", "Medium"],
  ["low", "Low"],
] as const;

function Fields() {
  const severity = useField("severity");
  const reason = useField("reason");
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="escalate-severity" className="text-xs font-medium text-slate-700">How urgent</label>
        <select id="escalate-severity" name="severity" {...severity.inputProps} defaultValue={severity.value ?? "high"} className={FIELD}>
          {SEVERITY_CHOICES.map(([value, words]) => <option key={value} value={value}>{words}</option>)}
        </select>
        <FieldError name="severity" />
      </div>
      <div>
        <label htmlFor="escalate-reason" className="text-xs font-medium text-slate-700">Why Jorge is needed</label>
        <textarea id="escalate-reason" name="reason" rows={3} required minLength={10} maxLength={1000} {...reason.inputProps} defaultValue={reason.value} className={FIELD} placeholder="She wants to talk commission with Jorge himself before listing." />
        <FieldError name="reason" />
      </div>
    </div>
  );
}

/** Brings the client to Jorge by hand: a reason and how urgent, with the deadlines of that severity. */
export function EscalateForm({ clientId }: { clientId: string }) {
  return (
    <ActionForm action={escalateToJorgeAction} submitLabel="Send to Jorge" pendingLabel="Sending…" hidden={{ clientId }} testId="escalate-form" className="space-y-3" wide>
      <Fields />
    </ActionForm>
  );
}
