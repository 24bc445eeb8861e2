"use client";

import { useState } from "react";
import { recordAction } from "@/app/(console)/quality/actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { DEFAULT_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS } from "@/lib/domain/quality/follow-up";
import { QUALITY_RULES } from "@/lib/domain/team/vocabulary";
import { ruleLabel } from "./rule-label";

const LABEL = "block text-sm font-medium text-slate-900";

/** The form that records a coaching note or a template change about a seat (a pause has its own, confirmed control). */
export function RecordActionForm({ seatId }: { seatId: string }) {
  const [kind, setKind] = useState("coaching_note");
  return (
    <ActionForm action={recordAction} submitLabel="Record action" hidden={{ seatId }} testId="record-action" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="qa-kind" className={LABEL}>What was done</label>
          <select id="qa-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)} className={FIELD}>
            <option value="coaching_note">Coaching note</option>
            <option value="template_change">Template change</option>
          </select>
        </div>
        <div>
          <label htmlFor="qa-rule" className={LABEL}>Rule it answers</label>
          <select id="qa-rule" name="rule" defaultValue="" className={FIELD}>
            <option value="">None in particular</option>
            {QUALITY_RULES.map((r) => <option key={r} value={r}>{ruleLabel(r)}</option>)}
          </select>
        </div>
      </div>
      {kind === "template_change" ? (
        <div>
          <label htmlFor="qa-template" className={LABEL}>Template key</label>
          <input id="qa-template" name="templateKey" required pattern="[a-z0-9_.]{2,64}" placeholder="seller.intro" className={FIELD} />
        </div>
      ) : null}
      <div>
        <label htmlFor="qa-note" className={LABEL}>Note</label>
        <textarea id="qa-note" name="note" required maxLength={4000} rows={3} placeholder="What was said or changed, and what to look for" className={FIELD} />
      </div>
      <div className="max-w-xs">
        <label htmlFor="qa-days" className={LABEL}>Follow up in (days)</label>
        <input id="qa-days" name="followUpInDays" type="number" min={1} max={MAX_FOLLOW_UP_DAYS} defaultValue={DEFAULT_FOLLOW_UP_DAYS} className={FIELD} />
      </div>
    </ActionForm>
  );
}
