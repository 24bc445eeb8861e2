import { humanize } from "@/components/format";
import type { Severity } from "@/lib/domain/team/vocabulary";

const SEVERITY_STYLE: Record<Severity, string> = {
  critical: "bg-red-600 text-white",
  high: "bg-orange-100 text-orange-800 ring-1 ring-inset ring-orange-200",
  medium: "bg-amber-100 text-amber-800 ring-1 ring-inset ring-amber-200",
  low: "bg-slate-100 text-slate-700 ring-1 ring-inset ring-slate-200",
};

const STATUS_STYLE: Record<string, string> = {
  open: "bg-brand-50 text-brand-700",
  acknowledged: "bg-violet-50 text-violet-700",
  resolved: "bg-emerald-50 text-emerald-700",
};

const isSeverity = (s: string): s is Severity => s in SEVERITY_STYLE;

/** An escalation's severity as a coloured pill: critical red, high orange, medium amber, low slate. */
export function SeverityBadge({ severity }: { severity: string }) {
  const style = isSeverity(severity) ? SEVERITY_STYLE[severity] : SEVERITY_STYLE.low;
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-semibold ${style}`} data-testid="severity-badge">
      {humanize(severity)}
    </span>
  );
}

/** Where an escalation is in its lifecycle: Open, Acknowledged or Resolved. */
export function StatusPill({ status }: { status: string }) {
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status] ?? STATUS_STYLE.open}`} data-testid="escalation-status">
      {humanize(status)}
    </span>
  );
}

/** Marks an escalation past its acknowledge or resolve deadline. */
export function OverdueBadge() {
  return (
    <span className="inline-flex shrink-0 items-center rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold text-white" data-testid="overdue-badge">
      Overdue
    </span>
  );
}
