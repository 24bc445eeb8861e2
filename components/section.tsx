import type { ReactNode } from "react";

/** A titled white panel, the building block of every console page. */
export function Section({ title, action, children, className = "", id }: { title: string; action?: ReactNode; children: ReactNode; className?: string; id?: string }) {
  return (
    <section id={id} className={`min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm ${className}`}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="font-semibold text-slate-900">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function PageHeader({ title, subtitle }: { title: string; subtitle?: string }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
    </div>
  );
}

/** A grey block of the skeleton, in the place and size of the text it stands for. */
function Bar({ className }: { className: string }) {
  return <div className={`rounded bg-slate-200 motion-safe:animate-pulse ${className}`} />;
}

function SectionSkeleton({ lines, className = "" }: { lines: number; className?: string }) {
  return (
    <div className={`min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm ${className}`}>
      <Bar className="mb-4 h-5 w-40" />
      <div className="space-y-3">
        {Array.from({ length: lines }, (_, i) => <Bar key={i} className={`h-4 ${i % 3 === 2 ? "w-2/3" : "w-full"}`} />)}
      </div>
    </div>
  );
}

/**
 * Stands in for a page while the next one loads: a page header and sections in the places the
 * console's pages put theirs, so the frame around it does not move.
 */
export function PageSkeleton() {
  return (
    <div role="status" data-testid="page-loading">
      <span className="sr-only">Loading the page…</span>
      <div aria-hidden="true">
        <div className="mb-6">
          <Bar className="h-8 w-56 max-w-full" />
          <Bar className="mt-2 h-4 w-80 max-w-full" />
        </div>
        <div className="grid gap-4 xl:grid-cols-5">
          <SectionSkeleton lines={6} className="xl:col-span-3" />
          <SectionSkeleton lines={4} className="xl:col-span-2" />
        </div>
        <SectionSkeleton lines={5} className="mt-6" />
      </div>
    </div>
  );
}
