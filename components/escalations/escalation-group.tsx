import Link from "next/link";
import { dateTime, humanize } from "@/components/format";
import type { EscalationRow } from "@/lib/db/queries/escalations";
import type { EscalationGroup as Group } from "@/lib/domain/escalation/inbox-order";
import { AcknowledgeGroupButton } from "./bulk-acknowledge";
import { EscalationCard } from "./escalation-card";
import type { OwnerOption } from "./escalation-actions";
import { SeverityBadge } from "./severity-badge";

const times = (n: number) => (n === 1 ? "once" : `${n} times`);

/**
 * Repeats of one cause as one entry: what it is about, how many times it was raised and when
 * last, one action to acknowledge every open one, and the escalations themselves behind a toggle.
 */
export function EscalationGroupCard({ group, owners, now }: { group: Group<EscalationRow>; owners: OwnerOption[]; now: Date }) {
  const lead = group.items[0]!;
  const titleId = `esc-group-${lead.id}`;
  const unresolved = group.items.filter((e) => e.status !== "resolved").length;
  return (
    <article aria-labelledby={titleId} data-testid="escalation-group" data-count={group.count} data-trigger={lead.trigger}
      className="min-w-0 rounded-xl border border-slate-300 bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
        <SeverityBadge severity={lead.severity} />
        <span className="inline-flex shrink-0 items-center rounded-full bg-slate-800 px-2 py-0.5 text-xs font-semibold text-white" data-testid="group-count">
          Raised {times(group.count)}
        </span>
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">{humanize(lead.trigger)}</span>
        <span className="ml-auto text-xs text-slate-600">Latest <time dateTime={group.latestAt.toISOString()}>{dateTime(group.latestAt)}</time></span>
      </div>
      <h3 id={titleId} className="mt-2 break-words font-medium text-slate-900">{lead.summary}</h3>
      <p className="mt-1 text-sm text-slate-700">
        One cause in {group.items.length} escalations{lead.clientId ? <> about <Link href={`/clients/${lead.clientId}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">{lead.clientName ?? "a client"}</Link></> : null}
        {" · "}{group.openIds.length ? `${group.openIds.length} waiting for an acknowledgement` : unresolved ? `${unresolved} acknowledged, not resolved` : "all resolved"}
      </p>
      {group.openIds.length ? <div className="mt-3 flex flex-wrap gap-2"><AcknowledgeGroupButton ids={group.openIds} /></div> : null}
      <details className="mt-3 border-t border-slate-200 pt-3" data-testid="group-members">
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 hover:underline sm:min-h-0">Show each of the {group.items.length}</summary>
        <div className="mt-3 space-y-3">
          {group.items.map((e) => <EscalationCard key={e.id} escalation={e} owners={owners} now={now} />)}
        </div>
      </details>
    </article>
  );
}
