import Link from "next/link";
import type { ReactNode } from "react";
import { dateTime, humanize } from "@/components/format";
import type { EscalationRow } from "@/lib/db/queries/escalations";
import { REPEAT_NOTE_PREFIX } from "@/lib/domain/escalation/inbox-order";
import { slaStatus, type SlaEscalation } from "@/lib/domain/escalation/sla";
import { SelectForBulk } from "./bulk-acknowledge";
import { EscalationActions, type OwnerOption } from "./escalation-actions";
import { OverdueBadge, SeverityBadge, StatusPill } from "./severity-badge";

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words text-sm text-slate-900" data-testid={testId}>{children}</dd>
    </div>
  );
}

const SLA_TONE: Record<string, string> = {
  on_time: "text-slate-700",
  met: "text-emerald-700",
  breached: "text-amber-700",
  ack_overdue: "font-semibold text-red-700",
  resolve_overdue: "font-semibold text-red-700",
};

/** "Raised 4 times, last Dec 1, 3:10 PM": how often one cause came up while this escalation was open. */
function RaisedBadge({ times, latestAt }: { times: number; latestAt: Date }) {
  return (
    <span className="inline-flex shrink-0 items-center rounded-full bg-slate-800 px-2 py-0.5 text-xs font-semibold text-white" data-testid="escalation-raised">
      Raised {times} times, last {dateTime(latestAt)}
    </span>
  );
}

/**
 * One escalation in Jorge's inbox: severity, trigger and status, what happened, who it concerns,
 * its service level (overdue ones in red), how often its cause came up again, the resolution and
 * notes, and the actions it allows; an open one has a checkbox for acknowledging several at once.
 */
export function EscalationCard({ escalation: e, owners, now }: { escalation: EscalationRow; owners: OwnerOption[]; now: Date }) {
  const sla = slaStatus({ ...e, status: e.status as SlaEscalation["status"] }, now);
  const overdue = sla.state === "ack_overdue" || sla.state === "resolve_overdue";
  const titleId = `esc-title-${e.id}`;
  const showResolution = e.status === "resolved" && Boolean(e.resolution);
  // The resolution has its own box; its "Resolved: …" note would only repeat it.
  const notes = showResolution ? e.notes.filter((n) => n.body !== `Resolved: ${e.resolution}`) : e.notes;
  return (
    <article aria-labelledby={titleId} data-testid="escalation-card" data-escalation-id={e.id} data-status={e.status} data-trigger={e.trigger}
      className={`min-w-0 rounded-xl border p-4 shadow-sm ${overdue ? "border-red-300 bg-red-50/70 ring-1 ring-red-200" : "border-slate-200 bg-white"}`}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
        {e.status === "open" ? <SelectForBulk id={e.id} label={e.summary} /> : null}
        <SeverityBadge severity={e.severity} />
        <StatusPill status={e.status} />
        {overdue ? <OverdueBadge /> : null}
        {e.repeatedAt.length ? <RaisedBadge times={e.repeatedAt.length + 1} latestAt={e.repeatedAt.at(-1)!} /> : null}
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-600" data-testid="escalation-trigger">{humanize(e.trigger)}</span>
        <time dateTime={e.createdAt.toISOString()} className="ml-auto text-xs text-slate-600">{dateTime(e.createdAt)}</time>
      </div>
      <h3 id={titleId} className="mt-2 break-words font-medium text-slate-900">{e.summary}</h3>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
        <Fact label="Client">
          {e.clientId ? <Link href={`/clients/${e.clientId}`} className="text-brand-600 hover:underline">{e.clientName ?? "Client"}</Link> : "—"}
        </Fact>
        <Fact label="Seat">{e.seatName ?? "—"}</Fact>
        <Fact label="Owner" testId="escalation-owner">{e.ownerName ?? "Unassigned"}</Fact>
        <Fact label="Service level" testId="escalation-sla">
          <span className={SLA_TONE[sla.state]} title={sla.dueAt ? `Due ${dateTime(sla.dueAt)}` : undefined}>{sla.label}</span>
        </Fact>
      </dl>
      {showResolution ? (
        <p className="mt-3 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="escalation-resolution">
          <span className="font-medium">Resolution{e.resolvedAt ? `, ${dateTime(e.resolvedAt)}` : ""}:</span> {e.resolution}
        </p>
      ) : null}
      {notes.length ? (
        <ul className="mt-3 space-y-1.5 border-l-2 border-slate-200 pl-3" aria-label="Notes" data-testid="escalation-notes">
          {notes.map((n) => {
            const repeat = !n.authorUserId && n.body.startsWith(REPEAT_NOTE_PREFIX);
            return (
              <li key={n.id} className="text-sm">
                <span className="text-xs text-slate-600">{repeat ? "Raised again" : n.author ?? "Automatic"} · {dateTime(n.createdAt)}</span>
                <p className="break-words text-slate-800">{repeat ? n.body.slice(REPEAT_NOTE_PREFIX.length) : n.body}</p>
              </li>
            );
          })}
        </ul>
      ) : null}
      <EscalationActions id={e.id} status={e.status} ownerUserId={e.ownerUserId} owners={owners} />
    </article>
  );
}
