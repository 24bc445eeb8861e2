import { postToThreadAction } from "@/app/(console)/clients/[id]/actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { dateTime } from "@/components/format";

export interface ThreadMessage {
  id: string;
  kind: string;
  body: string;
  createdAt: Date;
  author: string | null;
  seatName: string | null;
}

/**
 * The team's shared thread on a client: the lead's current reply plan pinned on top (the one
 * answer the client will hear), then the notes supporters and the lead exchanged, oldest first.
 */
export function TeamThread({ clientId, messages, canPost, canPlan }: { clientId: string; messages: ThreadMessage[]; canPost: boolean; canPlan: boolean }) {
  const plan = [...messages].reverse().find((m) => m.kind === "reply_plan");
  const notes = messages.filter((m) => m.kind === "note");
  return (
    <div className="space-y-3" data-testid="team-thread">
      <div className="rounded-lg border border-brand-200 bg-brand-50 p-3">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">Reply plan</p>
        {plan ? (
          <>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-900" data-testid="reply-plan">{plan.body}</p>
            <p className="mt-1 text-xs text-slate-500">{plan.author ?? plan.seatName ?? "The lead"} · {dateTime(plan.createdAt)}</p>
          </>
        ) : <p className="mt-1 text-sm text-slate-600">No plan yet: the lead writes the one reply the client will hear.</p>}
      </div>
      {notes.length ? (
        <ol className="max-h-72 space-y-2 overflow-y-auto">
          {notes.map((m) => (
            <li key={m.id} className="rounded-lg bg-slate-50 px-3 py-2" data-testid="thread-note">
              <p className="text-xs text-slate-500">{m.author ?? m.seatName ?? "Team"} · {dateTime(m.createdAt)}</p>
              <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{m.body}</p>
            </li>
          ))}
        </ol>
      ) : <p className="text-sm text-slate-500">No notes on the thread yet.</p>}
      {canPost ? (
        <ActionForm action={postToThreadAction} submitLabel="Post" pendingLabel="Posting…" hidden={{ clientId }}>
          <label htmlFor="thread-body" className="sr-only">Message to the team</label>
          <textarea id="thread-body" name="body" rows={2} required maxLength={4000} className={FIELD} placeholder="Share what you found; the lead folds it into the reply" />
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="sr-only">Post as</legend>
            <label className="flex items-center gap-1"><input type="radio" name="kind" value="note" defaultChecked /> Note to the team</label>
            {canPlan ? <label className="flex items-center gap-1"><input type="radio" name="kind" value="reply_plan" /> Set as the reply plan</label> : null}
          </fieldset>
        </ActionForm>
      ) : null}
    </div>
  );
}
