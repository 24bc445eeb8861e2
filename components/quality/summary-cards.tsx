import type { QualityReport } from "@/lib/domain/quality/report";
import { KpiCard } from "@/components/overview/kpi-card";
import { percent, plural } from "./percent";

/** The headline figures of a report: reviewed, blocked, warned, rubric adherence, reply times and satisfaction. */
export function SummaryCards({ report }: { report: QualityReport }) {
  const r = report;
  return (
    <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="quality-summary">
      <KpiCard label="Reviewed" value={r.reviewed.toLocaleString("en-US")} hint={r.findingsTotal ? plural(r.findingsTotal, "finding") : "No findings"} />
      <KpiCard label="Blocked" value={r.blocked} tone={r.blocked ? "alert" : "default"} hint={r.reviewed ? `${percent(r.blockedShare)} of reviewed` : undefined} />
      <KpiCard label="Warned (held)" value={r.warned} hint={r.warned ? `${r.sentAnyway} sent anyway` : undefined} />
      <KpiCard label="Rubric adherence" value={percent(r.adherence)} hint="No methodology or tone finding" />
      <KpiCard label="Reply time" value={r.replyP50Seconds === null ? "—" : r.replyP50Words} hint={r.replies ? `median of ${plural(r.replies, "reply", "replies")}; 90% within ${r.replyP90Words}` : "No client messages answered"} />
      <KpiCard label="Satisfaction" value={percent(r.satisfaction)} hint={r.satisfactionClients ? `mean of ${plural(r.satisfactionClients, "client")}` : "No client has a figure yet"} />
    </div>
  );
}
