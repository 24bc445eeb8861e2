import type { ReactNode } from "react";

/**
 * The frame every console chart shares: a titled card with its count, the chart itself as one
 * image with a spoken summary (or a sentence when there is nothing to draw), and beneath it the
 * same numbers as a table for screen readers and anyone who wants them exact.
 */
export function ChartCard({ title, count, testId, empty, summary, plotClassName, plotHeight, numbers, children }: {
  title: string;
  count: string;
  testId: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string | null;
  summary: string;
  plotClassName?: string;
  plotHeight?: number;
  /** The numbers table, shown under the chart; hidden behind "Show the numbers" when `folded`. */
  numbers: { table: ReactNode; folded: boolean; scrollClassName?: string };
  children: ReactNode;
}) {
  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="font-semibold text-slate-900">{title}</span>
        <span className="shrink-0 text-sm text-slate-600">{count}</span>
      </figcaption>
      {empty !== null ? (
        <p className="py-10 text-center text-sm text-slate-600">{empty}</p>
      ) : (
        <div className={`mt-3 ${plotClassName ?? ""}`} style={plotHeight ? { height: plotHeight } : undefined} role="img" aria-label={summary}>
          {children}
        </div>
      )}
      {numbers.folded ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand-600 hover:underline">Show the numbers</summary>
          <div className={`mt-2 ${numbers.scrollClassName ?? "overflow-x-auto"}`}>{numbers.table}</div>
        </details>
      ) : empty === null ? (
        <div className="mt-3">{numbers.table}</div>
      ) : null}
    </figure>
  );
}
