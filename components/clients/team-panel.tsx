import { assignTaskAction, claimClientAction, offerToSeatAction, proposeHandoffAction } from "@/app/(console)/clients/[id]/actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { humanize } from "@/components/format";
import type { TeamSeat } from "@/lib/db/queries/client-team";

export interface SeatOption {
  id: string;
  name: string;
  role: string;
  kind: string;
  presence: string;
}

export interface TeamPanelProps {
  clientId: string;
  team: TeamSeat[];
  seats: SeatOption[];
  viewerSeatId: string | null;
  isOwner: boolean;
  isLead: boolean;
  forAll: boolean;
  hasLead: boolean;
}

const seatLabel = (s: SeatOption) => `${s.name} · ${humanize(s.role)}${s.kind === "ai" ? " (AI)" : ""}${s.presence !== "available" ? ` · ${s.presence}` : ""}`;

function SeatSelect({ name, label, seats, id }: { name: string; label: string; seats: SeatOption[]; id: string }) {
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-600">{label}</label>
      <select id={id} name={name} required className={FIELD} defaultValue="">
        <option value="" disabled>Choose a seat</option>
        {seats.map((s) => <option key={s.id} value={s.id}>{seatLabel(s)}</option>)}
      </select>
    </div>
  );
}

/**
 * What a seat can do for the client's team from the client page: hand the client off or add a
 * supporter (owner, lead or Jorge), give a teammate a task, claim the client (a supporter), or,
 * for Jorge, offer a client nobody leads to a seat of his choosing.
 */
export function TeamPanel(p: TeamPanelProps) {
  const others = p.seats.filter((s) => s.id !== p.viewerSeatId && s.role !== "overseer");
  const teammates = p.team.filter((t) => t.state === "accepted").map((t) => ({ id: t.seatId, name: t.name, role: t.seatRole, kind: t.kind, presence: "available" }));
  const supporter = !p.forAll && !p.isOwner && p.team.some((t) => t.seatId === p.viewerSeatId && t.state === "accepted");
  return (
    <div className="space-y-4">
      {(p.isOwner || p.isLead || p.forAll) && p.hasLead ? (
        <details className="rounded-lg border border-slate-200 p-3" data-testid="handoff-panel">
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">Hand off or add support</summary>
          <ActionForm action={proposeHandoffAction} submitLabel="Send handoff" hidden={{ clientId: p.clientId }} className="mt-3 space-y-2">
            <SeatSelect name="toSeatId" label="To seat" seats={others} id="handoff-seat" />
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="sr-only">Kind</legend>
              <label className="flex items-center gap-1"><input type="radio" name="kind" value="transfer" defaultChecked={p.isOwner || p.forAll} disabled={!p.isOwner && !p.forAll} /> Transfer ownership</label>
              <label className="flex items-center gap-1"><input type="radio" name="kind" value="add_support" defaultChecked={!p.isOwner && !p.forAll} /> Add as support</label>
            </fieldset>
            <label htmlFor="handoff-reason" className="text-xs font-medium text-slate-600">Reason</label>
            <textarea id="handoff-reason" name="reason" rows={2} required minLength={5} maxLength={1000} className={FIELD} placeholder="Why this seat, and what they should do first" />
          </ActionForm>
        </details>
      ) : null}
      {!p.hasLead && p.forAll ? (
        <details className="rounded-lg border border-slate-200 p-3" data-testid="offer-panel">
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">Offer to a seat</summary>
          <ActionForm action={offerToSeatAction} submitLabel="Send offer" hidden={{ clientId: p.clientId }} className="mt-3 space-y-2">
            <SeatSelect name="seatId" label="Seat" seats={others} id="offer-seat" />
          </ActionForm>
        </details>
      ) : null}
      {teammates.length && (p.isLead || supporter) ? (
        <details className="rounded-lg border border-slate-200 p-3" data-testid="task-panel">
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">Give a task</summary>
          <ActionForm action={assignTaskAction} submitLabel="Add task" hidden={{ clientId: p.clientId }} className="mt-3 space-y-2">
            <SeatSelect name="seatId" label="Who" seats={p.isLead ? teammates : teammates.filter((t) => t.id === p.viewerSeatId)} id="task-seat" />
            <label htmlFor="task-title" className="text-xs font-medium text-slate-600">Task</label>
            <input id="task-title" name="title" required minLength={3} maxLength={200} className={FIELD} placeholder="Pull three comps in Etiwanda" />
            <label htmlFor="task-due" className="text-xs font-medium text-slate-600">Due (Pacific time)</label>
            <input id="task-due" name="dueAt" type="datetime-local" required className={FIELD} />
          </ActionForm>
        </details>
      ) : null}
      {supporter ? (
        <ActionForm action={claimClientAction} submitLabel="Claim this client" tone="secondary" hidden={{ clientId: p.clientId }}>
          <p className="text-xs text-slate-500">Claiming asks the conflict rules: the owner keeps a client they lead; otherwise the better fit wins, or Jorge decides.</p>
        </ActionForm>
      ) : null}
    </div>
  );
}
