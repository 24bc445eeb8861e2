"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { answerOfferAction, declineChoicesAction, type TeammatesState } from "@/app/(console)/inbox/actions";
import { AnswerError, ReasonField, useInboxAction } from "./inbox-form";

const BUTTON = "min-h-11 rounded-lg px-4 py-2 text-sm font-semibold disabled:opacity-70 sm:min-h-10";
const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700`;
const SECONDARY = `${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const DANGER = `${BUTTON} bg-red-700 text-white hover:bg-red-800`;

type Choices = { state: TeammatesState; loading: boolean };
type Teammate = NonNullable<TeammatesState["teammates"]>[number];

/** The list's groups: the people first, then the AI seats, then Jorge, who ends every chain anyway. */
const GROUPS: readonly { label: string; holds: (t: Teammate) => boolean }[] = [
  { label: "People", holds: (t) => t.kind === "human" && t.role !== "overseer" },
  { label: "AI seats", holds: (t) => t.kind === "ai" },
  { label: "Jorge", holds: (t) => t.kind === "human" && t.role === "overseer" },
];

/** The optional "offer it to" list: the teammates who could take the client now, or the chain. */
function TeammateSelect({ choices }: { choices: Choices }) {
  const id = useId();
  const hintId = useId();
  const teammates = choices.state.teammates;
  const hint = choices.loading || !teammates
    ? choices.state.error ? `The list could not be loaded (${choices.state.error}); the offer goes down the chain.` : "Looking for teammates who can take it…"
    : teammates.length === 0
      ? "Nobody else can take it right now; the offer goes down the chain."
      : "They get the offer next if they still can; if not, you are told why and it goes down the chain.";
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">Offer it to a teammate (optional)</label>
      <select id={id} name="nextSeatId" defaultValue="" disabled={!teammates?.length} aria-describedby={hintId}
        className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 disabled:bg-slate-50 sm:min-h-10">
        <option value="">Next seat in the chain</option>
        {GROUPS.map((group) => {
          const members = (teammates ?? []).filter(group.holds);
          return members.length ? (
            <optgroup key={group.label} label={group.label}>
              {members.map((t) => <option key={t.seatId} value={t.seatId}>{`${t.name} · ${t.roleLabel}`}</option>)}
            </optgroup>
          ) : null;
        })}
      </select>
      <p id={hintId} className="mt-0.5 text-xs text-slate-600">{hint}</p>
    </div>
  );
}

/** The decline form on its own: the reason, the teammate to offer it to, and "Decline offer" apart from going back. */
function DeclineForm({ assignmentId, clientName, choices, onCancel }: { assignmentId: string; clientName: string; choices: Choices; onCancel: () => void }) {
  const [state, run, pending] = useInboxAction(answerOfferAction);
  return (
    <form action={run} noValidate className="space-y-3" aria-label={`Decline the offer for ${clientName}`}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="answer" value="decline" />
      <ReasonField name="reason" maxLength={500} required placeholder="Why you pass, e.g. Maria knows Etiwanda: the next seat and Jorge read it" />
      <TeammateSelect choices={choices} />
      <AnswerError error={state.error} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" disabled={pending} className={DANGER}>{pending ? "Declining…" : "Decline offer"}</button>
        <button type="button" onClick={onCancel} disabled={pending} className={SECONDARY}>Never mind</button>
      </div>
    </form>
  );
}

/**
 * Accept, or decline with a reason. Decline opens the decline form in place of the answer
 * buttons, so Accept is never beside "Decline offer"; the form loads the teammates who could
 * take the client now, and the reason is required (the service says so when it is missing).
 */
export function OfferActions({ assignmentId, clientName }: { assignmentId: string; clientName: string }) {
  const [state, run, pending] = useInboxAction(answerOfferAction);
  const [declining, setDeclining] = useState(false);
  const [teammates, loadTeammates, loading] = useActionState(declineChoicesAction, {});
  const openDecline = () => {
    setDeclining(true);
    const form = new FormData();
    form.set("assignmentId", assignmentId);
    startTransition(() => loadTeammates(form));
  };
  if (declining) return <DeclineForm assignmentId={assignmentId} clientName={clientName} choices={{ state: teammates, loading }} onCancel={() => setDeclining(false)} />;
  return (
    <form action={run} noValidate className="space-y-2" aria-label={`Answer the offer for ${clientName}`}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <AnswerError error={state.error} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" name="answer" value="accept" disabled={pending} className={PRIMARY}>{pending ? "Accepting…" : "Accept"}</button>
        <button type="button" onClick={openDecline} disabled={pending} className={SECONDARY}>Decline</button>
      </div>
    </form>
  );
}
