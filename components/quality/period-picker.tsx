import Link from "next/link";
import { PERIOD_PRESETS, type QualityPeriod } from "@/lib/domain/quality/period";

const FIELD = "block min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-base sm:min-h-0 sm:text-sm";

/**
 * The period of the report: one click for the last 7, 30 or 90 days, or a from/to range of
 * whole days (a plain GET form, so the period is in the address and survives a reload).
 */
export function PeriodPicker({ period, basePath, error }: { period: QualityPeriod; basePath: string; error: string | null }) {
  return (
    <div className="mb-6 space-y-3" data-testid="period-picker">
      <div className="flex flex-wrap items-end gap-3">
        <nav aria-label="Period" className="flex gap-1 rounded-lg bg-slate-100 p-1">
          {PERIOD_PRESETS.map((n) => {
            const current = period.key === String(n);
            return (
              <Link key={n} href={`${basePath}?days=${n}`} aria-current={current ? "page" : undefined}
                className={`min-h-9 rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-white text-slate-900 shadow-sm" : "text-slate-700 hover:text-slate-900"}`}>
                {n} days
              </Link>
            );
          })}
        </nav>
        <form method="get" action={basePath} className="flex flex-wrap items-end gap-2">
          <label className="text-sm text-slate-700">From<input type="date" name="from" defaultValue={period.fromDay} required className={FIELD} /></label>
          <label className="text-sm text-slate-700">To<input type="date" name="to" defaultValue={period.toDay} required className={FIELD} /></label>
          <button type="submit" className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 sm:min-h-0">Show</button>
        </form>
      </div>
      {error ? <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="period-error">{error} Showing the last 30 days instead.</p> : null}
    </div>
  );
}
