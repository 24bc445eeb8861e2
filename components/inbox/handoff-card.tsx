import Link from "next/link";
import type { PendingHandoff } from "@/lib/db/queries/pending-handoffs";
import { dateTime } from "@/components/format";
import { DossierView } from "@/components/handoff/dossier-view";
import { HandoffActions } from "./handoff-actions";

const KIND_LABEL: Record<PendingHandoff["kind"], string> = { transfer: "Transfer", add_support: "Add support" };

/**
 * One proposed handoff: the client, from which seat to which, the kind and the reason, then the
 * dossier the receiver reads before answering, then the answers this viewer may give. The
 * client's page is linked only for those who can already open it (the sender's side and Jorge).
 */
export function HandoffCard({ handoff: h, canDecide, canCancel, linkClient }: { handoff: PendingHandoff; canDecide: boolean; canCancel: boolean; linkClient: boolean }) {
  return (
    <li data-testid="handoff-card" className="min-w-0 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="flex items-start justify-between gap-2">
        {linkClient ? (
          <Link href={`/clients/${h.clientId}`} className="min-w-0 break-words text-base font-semibold text-brand-700 hover:underline">{h.clientName}</Link>
        ) : (
          <p className="min-w-0 break-words text-base font-semibold text-slate-900">{h.clientName}</p>
        )}
        <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-semibold ${h.kind === "transfer" ? "bg-violet-50 text-violet-700" : "bg-sky-50 text-sky-700"}`}>{KIND_LABEL[h.kind]}</span>
      </div>
      <p className="mt-0.5 break-words text-sm text-slate-700" data-testid="handoff-route">
        {h.fromSeatName ?? "No seat"} <span aria-hidden="true">→</span><span className="sr-only">to</span> <strong className="font-semibold text-slate-900">{h.toSeatName}</strong>
      </p>
      <p className="text-xs text-slate-500">Proposed {dateTime(h.createdAt)}</p>
      <p className="mt-2 break-words rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-800"><span className="text-slate-500">Why: </span>{h.reason}</p>
      <div className="mt-3">
        {h.dossier ? <DossierView dossier={h.dossier} /> : <p className="text-sm text-slate-500">No dossier was captured with this handoff.</p>}
      </div>
      {canDecide || canCancel ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <HandoffActions handoffId={h.id} clientName={h.clientName} canDecide={canDecide} canCancel={canCancel} />
        </div>
      ) : null}
    </li>
  );
}
