import { followUpAction } from "@/app/(console)/quality/actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { dateTime, humanize } from "@/components/format";
import { followUpState } from "@/lib/domain/quality/follow-up";
import type { CorrectiveActionRow } from "@/lib/db/queries/quality-seats";
import { ruleLabel } from "./rule-label";

const KIND_WORDS: Record<string, string> = { coaching_note: "Coaching note", template_change: "Template change", seat_paused: "Seat paused" };
const STATE_WORDS = { done: "Followed up", due: "Follow-up due", scheduled: "Follow up" } as const;

/** Corrective actions with their follow-up: how it went once followed up, else the date and (for managers) the form. */
export function ActionList({ actions, now, canManage, showSeat = false, empty }: { actions: CorrectiveActionRow[]; now: Date; canManage: boolean; showSeat?: boolean; empty: string }) {
  if (actions.length === 0) return <p className="text-sm text-slate-600" data-testid="actions-empty">{empty}</p>;
  return (
    <ul className="space-y-3" data-testid="corrective-actions">
      {actions.map((a) => {
        const state = followUpState(a, now);
        return (
          <li key={a.id} className="rounded-lg border border-slate-200 p-3" data-testid="corrective-action" data-state={state}>
            <p className="text-sm font-semibold text-slate-900">
              {KIND_WORDS[a.kind] ?? humanize(a.kind)}{showSeat ? ` · ${a.seatName}` : ""}{a.rule ? ` · ${ruleLabel(a.rule)}` : ""}{a.templateKey ? ` · ${a.templateKey}` : ""}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{a.note}</p>
            <p className="mt-1 text-xs text-slate-600">{a.createdBy ?? "Someone"} · {dateTime(a.createdAt)} · <span className={state === "due" ? "font-semibold text-amber-700" : ""}>{STATE_WORDS[state]} {state === "done" ? dateTime(a.followedUpAt) : dateTime(a.followUpAt)}</span></p>
            {state === "done" ? (
              <p className="mt-2 rounded bg-slate-50 px-2 py-1 text-sm" data-testid="follow-up-outcome">{humanize(a.outcome ?? "")}{a.followUpNote ? `: ${a.followUpNote}` : ""}</p>
            ) : canManage ? (
              <ActionForm action={followUpAction} submitLabel="Record follow-up" hidden={{ actionId: a.id }} tone="secondary" testId="follow-up-form" className="mt-2 space-y-2">
                <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
                  <label className="text-sm text-slate-800">How it went
                    <select name="outcome" defaultValue="improved" className={FIELD}>
                      <option value="improved">Improved</option>
                      <option value="no_change">No change</option>
                      <option value="resolved">Resolved</option>
                    </select>
                  </label>
                  <label className="text-sm text-slate-800">What was seen (optional)<input name="note" maxLength={4000} className={FIELD} /></label>
                </div>
              </ActionForm>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
