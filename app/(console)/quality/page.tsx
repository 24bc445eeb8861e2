import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { byAttention } from "@/lib/domain/quality/attention";
import { calendarDate } from "@/lib/domain/dates/calendar-date";
import { singleParam } from "@/lib/domain/input/search-text";
import { periodLabel } from "@/lib/domain/quality/period";
import { correctiveActionList, openActionCounts, qualitySeats } from "@/lib/db/queries/quality-seats";
import { canManageQuality } from "@/lib/services/quality/manage-quality";
import { ActionList } from "@/components/quality/action-list";
import { DailyChart } from "@/components/quality/daily-chart";
import { FindingsChart } from "@/components/quality/findings-chart";
import { PeriodPicker } from "@/components/quality/period-picker";
import { SeatTable } from "@/components/quality/seat-table";
import { SummaryCards } from "@/components/quality/summary-cards";
import { PageHeader, Section } from "@/components/section";
import { loadReports, periodQuery, readPeriod } from "./load";
import { SeatView } from "./seat-view";

export const metadata: Metadata = { title: "Quality" };
export const dynamic = "force-dynamic";

const words = (day: string) => calendarDate(day);

/**
 * The quality report. People who read reports see the team: summary, charts, every seat
 * (the one needing attention first) and the follow-ups due; a team member sees their own
 * seat's report and the actions recorded about them; anyone else finds nothing here.
 */
export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const now = new Date();
  const { period, error } = readPeriod(params, now);
  const db = getDb();
  const org = viewer.organizationId;
  const label = periodLabel(period, words);

  if (!viewerCan(viewer, "reports.read")) {
    if (!viewer.seatId) notFound();
    const [seat] = await qualitySeats(db, org, viewer.seatId);
    if (!seat) notFound();
    return (
      <>
        <PageHeader title="Your quality" subtitle={`${label}: how your messages fared at the quality check, your reply times and your clients' satisfaction.`} />
        <PeriodPicker period={period} basePath="/quality" error={error} />
        <SeatView db={db} viewer={viewer} seat={seat} period={period} flagged={singleParam(params, "only") === "flagged"} basePath="/quality" now={now} />
      </>
    );
  }

  const [reports, seats, open, due] = await Promise.all([loadReports(db, org, period), qualitySeats(db, org), openActionCounts(db, org, now), correctiveActionList(db, org, { open: true })]);
  const rows = byAttention(seats.map((s) => ({
    seatId: s.id, name: s.name, report: reports.reportOf(s.id), openActions: open.get(s.id)?.open ?? 0, dueActions: open.get(s.id)?.due ?? 0, paused: s.pausedAt !== null,
  })));
  return (
    <>
      <PageHeader title="Quality" subtitle={`${label}: every message the team meant to send, as the quality check saw it, with reply times and satisfaction per seat.`} />
      <PeriodPicker period={period} basePath="/quality" error={error} />
      {reports.team.reviewed === 0 ? (
        <p role="status" className="mb-6 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700" data-testid="quality-empty">
          <span className="block font-medium text-slate-900">No messages were reviewed in this period yet.</span>
          Every message the team sends passes the quality check first; its verdicts and findings show here as they come. Reply times and satisfaction below already count.
        </p>
      ) : null}
      <SummaryCards report={reports.team} />
      <div className="mb-6 grid gap-4 xl:grid-cols-2">
        <FindingsChart rules={reports.team.findings} reviewed={reports.team.reviewed} />
        <DailyChart days={reports.series} />
      </div>
      <SeatTable rows={rows} query={periodQuery(period)} />
      <Section title="Corrective actions still open">
        <ActionList actions={due} now={now} canManage={canManageQuality(viewer)} showSeat empty="No open corrective actions: record one from a seat's report." />
      </Section>
    </>
  );
}
