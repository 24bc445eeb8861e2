import Link from "next/link";
import { humanize } from "@/components/format";
import { ESCALATION_TRIGGERS, SEVERITIES } from "@/lib/domain/team/vocabulary";

/** The inbox's status choices; "unresolved" (open or acknowledged) is the default. */
export const ESCALATION_STATUS_FILTERS = ["unresolved", "open", "acknowledged", "resolved"] as const;
export type EscalationStatusFilter = (typeof ESCALATION_STATUS_FILTERS)[number];

const STATUS_LABELS: Record<EscalationStatusFilter, string> = {
  unresolved: "Unresolved",
  open: "Open, not acknowledged",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
};

interface Props {
  status: EscalationStatusFilter;
  trigger?: string;
  severity?: string;
  overdue: boolean;
}

/** The inbox's filters as a plain GET form, so every filtered view has a shareable URL. */
export function EscalationFilters({ status, trigger, severity, overdue }: Props) {
  const field = "min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
  const filtered = status !== "unresolved" || Boolean(trigger || severity || overdue);
  return (
    <form role="search" aria-label="Filter escalations" className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto_auto]">
      <label className="sr-only" htmlFor="esc-status">Status</label>
      <select id="esc-status" name="status" defaultValue={status} className={field}>
        {ESCALATION_STATUS_FILTERS.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </select>
      <label className="sr-only" htmlFor="esc-severity">Severity</label>
      <select id="esc-severity" name="severity" defaultValue={severity ?? ""} className={field}>
        <option value="">Any severity</option>
        {SEVERITIES.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
      </select>
      <label className="sr-only" htmlFor="esc-trigger">Trigger</label>
      <select id="esc-trigger" name="trigger" defaultValue={trigger ?? ""} className={field}>
        <option value="">All triggers</option>
        {ESCALATION_TRIGGERS.map((t) => <option key={t} value={t}>{humanize(t)}</option>)}
      </select>
      <label className="flex items-center gap-2 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700">
        <input type="checkbox" name="overdue" value="1" defaultChecked={overdue} className="h-4 w-4 accent-brand-600" />
        Overdue only
      </label>
      <span className="col-span-2 flex gap-2 lg:col-span-1">
        <button type="submit" className="flex-1 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Filter</button>
        {filtered ? <Link href="/escalations" className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">Clear</Link> : null}
      </span>
    </form>
  );
}
