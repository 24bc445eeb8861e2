import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PIPELINE_STAGES } from "@/lib/domain/team/vocabulary";
import { searchText } from "@/lib/domain/input/search-text";
import { getDb } from "@/lib/db/client";
import { listClients } from "@/lib/db/queries/clients";
import { listMarketOptions } from "@/lib/db/queries/markets";
import { scopeOf } from "@/lib/db/queries/scope";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientFilters } from "@/components/clients/client-filters";
import { TemperatureBadge } from "@/components/clients/temperature-badge";
import { ClientPulse } from "@/components/tasks/client-pulse";
import { fullName, humanize } from "@/components/format";
import { PageHeader, PageSkeleton } from "@/components/section";

export const metadata: Metadata = { title: "Clients" };

const filterSchema = z.object({
  q: searchText(100),
  stage: z.enum(PIPELINE_STAGES as [string, ...string[]]).optional().catch(undefined),
  market: z.guid().optional().catch(undefined),
  team: z.enum(["none", "pending"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

async function ClientsBody({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const filter = filterSchema.parse(await searchParams);
  const db = getDb();
  const now = new Date();
  const scope = scopeOf(viewer);
  const [result, markets] = await Promise.all([
    listClients(db, scope, { q: filter.q, stage: filter.stage, marketId: filter.market, team: filter.team, page: filter.page }, now),
    listMarketOptions(db, viewer.organizationId),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (page: number) => `/clients?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.stage ? { stage: filter.stage } : {}), ...(filter.market ? { market: filter.market } : {}), page: String(page) })}`;

  return (
    <>
      <PageHeader title={scope.all ? "Clients" : "My clients"} subtitle={`${result.total} ${result.total === 1 ? "client" : "clients"}${filter.q || filter.stage || filter.market ? " match these filters" : ""}`} />
      <ClientFilters q={filter.q} stage={filter.stage} market={filter.market} team={filter.team} stages={PIPELINE_STAGES} markets={markets} />
      {result.rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium text-slate-900">No clients here</p>
          <p className="mt-1 text-sm text-slate-600">{filter.q || filter.stage || filter.market ? "Try clearing a filter." : scope.all ? "New leads appear here as they arrive." : "Clients assigned to your seat appear here."}</p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {result.rows.map((c) => (
            <li key={c.id} data-testid="client-row">
              <Link href={`/clients/${c.id}`} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                <span className="min-w-0">
                  <span className="block truncate font-medium text-slate-900">{fullName(c)}</span>
                  <span className="block truncate text-xs text-slate-600">{humanize(c.type)} · {c.marketName ?? "No market"}{c.preview ? null : ` · ${c.ownerName ?? (c.offeredTo ? `Offered to ${c.offeredTo}` : "Unassigned")}`}</span>
                </span>
                {c.preview ? (
                  <span className="shrink-0 self-start rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800 sm:self-auto" data-testid="client-preview-badge">Offer pending — preview</span>
                ) : (
                  <span className="flex min-w-0 flex-col gap-1 sm:items-end">
                    <span className="flex shrink-0 items-center gap-2 text-xs text-slate-600">
                      <span className="rounded bg-slate-100 px-1.5 py-0.5">{c.stage}</span>
                      <TemperatureBadge temperature={c.temperature} score={c.leadScore} />
                    </span>
                    <ClientPulse lastContact={c.lastContact} nextStep={c.nextStep} now={now} />
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pages">
          {result.page > 1 ? <Link href={pageHref(result.page - 1)} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 py-1.5 sm:min-h-0">Previous</Link> : <span />}
          <span className="text-slate-600">Page {result.page} of {pages}</span>
          {result.page < pages ? <Link href={pageHref(result.page + 1)} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 py-1.5 sm:min-h-0">Next</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}

/** Streams the page: the skeleton shows at once, even on a full reload, while the data is read. */
export default function ClientsPage(props: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <Suspense fallback={<PageSkeleton />}><ClientsBody {...props} /></Suspense>;
}
