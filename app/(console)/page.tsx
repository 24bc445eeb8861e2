import { Suspense } from "react";
import type { Metadata } from "next";
import { BUYER_STAGES, SELLER_STAGES } from "@/lib/domain/team/vocabulary";
import { getDb } from "@/lib/db/client";
import { getMarketSummaries, getNewClientCount, getOpenEscalationCounts, getPipelineCounts, getSeatLoads } from "@/lib/db/queries/overview";
import { scopeOf } from "@/lib/db/queries/scope";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { forecastByMarket } from "@/lib/services/intake-forecast";
import { ForecastTable } from "@/components/overview/forecast-table";
import { KpiCard } from "@/components/overview/kpi-card";
import { MarketTable } from "@/components/overview/market-table";
import { PipelineChart } from "@/components/overview/pipeline-chart";
import { SeatLoadList } from "@/components/overview/seat-load-list";
import { SpeedToLead } from "@/components/overview/speed-to-lead";
import { ActivityFeed } from "@/components/live/activity-feed";
import { PageHeader, Section, PageSkeleton } from "@/components/section";
import { speedToLead } from "@/lib/domain/assignment/speed-to-lead";
import { recentActivity } from "@/lib/db/queries/activity";
import { listSeatOptions } from "@/lib/db/queries/client-team";
import { speedToLeadRows } from "@/lib/db/queries/speed-to-lead";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

function stagesOf(rows: { pipeline: string; stage: string; clients: number }[], pipeline: string, stages: readonly string[]) {
  return stages.map((stage) => ({ stage, clients: rows.find((r) => r.pipeline === pipeline && r.stage === stage)?.clients ?? 0 }));
}

async function OverviewBody() {
  const viewer = await requireViewer();
  const db = getDb();
  const scope = scopeOf(viewer);
  const now = new Date();
  const [pipeline, loads, markets, escalations, newClients, forecasts, activity, leadRows, seatNames] = await Promise.all([
    getPipelineCounts(db, scope),
    getSeatLoads(db, scope),
    getMarketSummaries(db, scope, now),
    getOpenEscalationCounts(db, scope, now),
    getNewClientCount(db, scope, now, 7),
    viewerCan(viewer, "reports.read") ? forecastByMarket(db, viewer.organizationId, now) : null,
    recentActivity(db, scope),
    speedToLeadRows(db, scope, now),
    listSeatOptions(db, viewer.organizationId),
  ]);
  const speed = speedToLead(leadRows, now);
  const nameOf = new Map(seatNames.map((s) => [s.id, s.name]));
  const speedSeats = [...speed.perSeat].map(([id, summary]) => ({ name: nameOf.get(id) ?? "Unknown seat", summary })).sort((a, b) => b.summary.received - a.summary.received).slice(0, 8);
  const totalClients = pipeline.reduce((sum, r) => sum + r.clients, 0);
  const activeLoad = loads.reduce((sum, s) => sum + s.active, 0);
  const capacity = loads.reduce((sum, s) => sum + s.capacity, 0);
  const mine = !scope.all;

  return (
    <>
      <PageHeader title={mine ? `Good to see you, ${viewer.name.split(" ")[0]}` : "Team overview"}
        subtitle={mine ? "Your clients, your load and the markets you work." : "Every client, seat and market on Jorge's team."} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <KpiCard label={mine ? "My clients" : "Clients"} value={totalClients} href="/clients" />
        <KpiCard label="New clients" value={newClients} hint="arrived in the last 7 days" />
        <KpiCard label="Load" value={capacity ? `${Math.round((activeLoad / capacity) * 100)}%` : "—"} hint={`${activeLoad} of ${capacity} places`} />
        <KpiCard label="Unresolved escalations" value={escalations.open} hint={escalations.overdue ? `${escalations.overdue} overdue` : "none overdue"} tone={escalations.overdue ? "alert" : "default"} />
      </div>
      <div className="mt-6 grid gap-4 xl:grid-cols-2">
        <PipelineChart title="Seller pipeline" data={stagesOf(pipeline, "seller", SELLER_STAGES)} />
        <PipelineChart title="Buyer pipeline" data={stagesOf(pipeline, "buyer", BUYER_STAGES)} />
      </div>
      <div className="mt-6 grid gap-4 xl:grid-cols-5">
        <Section title={mine ? "My load" : "Load per seat"} className="xl:col-span-2">
          <div role="region" aria-label={mine ? "My load" : "Load per seat"} tabIndex={0} className="max-h-[28rem] overflow-y-auto pr-1"><SeatLoadList seats={loads} /></div>
        </Section>
        <Section title="Markets" className="xl:col-span-3">
          <MarketTable markets={markets} />
        </Section>
      </div>
      <div className="mt-6 grid gap-4 xl:grid-cols-5">
        <Section title="Speed to lead, last 30 days" className="xl:col-span-3">
          <SpeedToLead team={speed.team} seats={speedSeats} />
        </Section>
        <Section title="Live activity" className="xl:col-span-2">
          <div role="region" aria-label="Live activity" tabIndex={0} className="max-h-[28rem] overflow-y-auto pr-1"><ActivityFeed initial={activity} /></div>
        </Section>
      </div>
      {forecasts ? (
        <Section title="Intake forecast, next four weeks" className="mt-6">
          <ForecastTable forecasts={forecasts} />
        </Section>
      ) : null}
    </>
  );
}

/** Streams the page: the skeleton shows at once, even on a full reload, while the data is read. */
export default function OverviewPage() {
  return <Suspense fallback={<PageSkeleton />}><OverviewBody /></Suspense>;
}
