"use client";

import { useActionState, useState, type ReactNode } from "react";
import { acknowledgeEscalation, noteEscalation, reassignEscalation, resolveEscalation, type EscalationActionState } from "@/app/(console)/escalations/actions";

type Action = (state: EscalationActionState, form: FormData) => Promise<EscalationActionState>;
type Panel = "resolve" | "reassign" | "note";

export interface OwnerOption {
  id: string;
  name: string;
}

const BUTTON = "rounded-lg px-3 py-1.5 text-sm font-semibold disabled:opacity-70";
const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700`;
const SECONDARY = `${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const ACTIVE = `${BUTTON} border border-brand-500 bg-brand-50 text-brand-700`;
const FIELD = "block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";

/** One escalation step as a form: posts the escalation id with its fields and shows the service's error inline. */
function StepForm({ id, action, submit, pendingLabel, onDone, className = "", children }: {
  id: string; action: Action; submit: string; pendingLabel: string; onDone?: () => void; className?: string; children?: ReactNode;
}) {
  const [state, run, pending] = useActionState<EscalationActionState, FormData>(async (prev, form) => {
    const next = await action(prev, form);
    if (next.ok) onDone?.();
    return next;
  }, {});
  return (
    <form action={run} className={className}>
      <input type="hidden" name="escalationId" value={id} />
      {children}
      <button type="submit" disabled={pending} className={children ? PRIMARY : `w-full sm:w-auto ${PRIMARY}`}>{pending ? pendingLabel : submit}</button>
      {state.error ? <p role="alert" className="col-span-2 mt-2 basis-full rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
    </form>
  );
}

/**
 * What Jorge can do with one escalation: acknowledge it (open only), resolve it with a written
 * resolution, hand it to someone else, or add a note. Each form opens below the buttons.
 */
export function EscalationActions({ id, status, ownerUserId, owners }: { id: string; status: string; ownerUserId: string | null; owners: OwnerOption[] }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = () => setPanel(null);
  const toggle = (p: Panel) => setPanel((current) => (current === p ? null : p));
  const open = status !== "resolved";
  const others = owners.filter((o) => o.id !== ownerUserId);
  const panelId = `esc-panel-${id}`;
  const toggles: [Panel, string, boolean][] = [["resolve", "Resolve…", open], ["reassign", "Reassign…", open && others.length > 0], ["note", "Add note…", true]];

  return (
    <div className="mt-4 border-t border-slate-200/80 pt-3">
      <div className="grid grid-cols-2 items-start gap-2 sm:flex sm:flex-wrap">
        {status === "open" ? <StepForm id={id} action={acknowledgeEscalation} submit="Acknowledge" pendingLabel="Acknowledging…" className="contents" /> : null}
        {toggles.filter(([, , shown]) => shown).map(([key, label]) => (
          <button key={key} type="button" onClick={() => toggle(key)} aria-expanded={panel === key} aria-controls={panelId}
            className={`w-full sm:w-auto ${panel === key ? ACTIVE : SECONDARY}`}>
            {label}
          </button>
        ))}
      </div>
      {panel ? (
        <div id={panelId} className="mt-3">
          {panel === "resolve" ? (
            <StepForm id={id} action={resolveEscalation} submit="Mark resolved" pendingLabel="Resolving…" onDone={close} className="space-y-2">
              <label htmlFor={`resolution-${id}`} className="block text-sm font-medium text-slate-900">Resolution</label>
              <textarea id={`resolution-${id}`} name="resolution" rows={3} maxLength={2000} placeholder="What was done, and what the client was told" className={FIELD} />
            </StepForm>
          ) : null}
          {panel === "reassign" ? (
            <StepForm id={id} action={reassignEscalation} submit="Reassign" pendingLabel="Reassigning…" onDone={close} className="space-y-2">
              <label htmlFor={`owner-${id}`} className="block text-sm font-medium text-slate-900">Reassign to</label>
              <select id={`owner-${id}`} name="ownerUserId" defaultValue={others[0]?.id} className={FIELD}>
                {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
              </select>
              <label htmlFor={`reassign-note-${id}`} className="sr-only">Note for the new owner</label>
              <input id={`reassign-note-${id}`} name="note" maxLength={2000} placeholder="Note for the new owner (optional)" className={FIELD} />
            </StepForm>
          ) : null}
          {panel === "note" ? (
            <StepForm id={id} action={noteEscalation} submit="Save note" pendingLabel="Saving…" onDone={close} className="space-y-2">
              <label htmlFor={`note-${id}`} className="block text-sm font-medium text-slate-900">Note</label>
              <textarea id={`note-${id}`} name="note" rows={2} maxLength={2000} className={FIELD} />
            </StepForm>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
