import type { QualityPeriod } from "@/lib/domain/quality/period";
import type { QualityReport } from "@/lib/domain/quality/report";
import type { DayCount } from "@/lib/domain/quality/daily-series";
import type { CorrectiveActionRow, QualitySeat, SeatMessage } from "@/lib/db/queries/quality-seats";
import { humanize } from "@/components/format";
import { Section } from "@/components/section";
import { ActionList } from "./action-list";
import { DailyChart } from "./daily-chart";
import { FindingsChart } from "./findings-chart";
import { MessageList } from "./message-list";
import { PauseControl } from "./pause-control";
import { RecordActionForm } from "./record-action-form";
import { SummaryCards } from "./summary-cards";
import Link from "next/link";

export interface SeatReportProps {
  seat: QualitySeat;
  report: QualityReport;
  series: DayCount[];
  messages: SeatMessage[];
  flagged: boolean;
  actions: CorrectiveActionRow[];
  canManage: boolean;
  now: Date;
  period: QualityPeriod;
  /** The address of this report, to switch between all and flagged messages. */
  basePath: string;
  query: string;
}

/** One seat's quality: its figures, charts, messages with findings, and the corrective actions about it. */
export function SeatReport({ seat, report, series, messages, flagged, actions, canManage, now, basePath, query }: SeatReportProps) {
  const filter = (on: boolean, label: string) => (
    <Link href={`${basePath}?${query}${on ? "&only=flagged" : ""}`} aria-current={flagged === on ? "true" : undefined}
      className={`rounded-md px-2 py-1 text-sm ${flagged === on ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:text-slate-900"}`}>{label}</Link>
  );
  return (
    <div data-testid="seat-report" data-seat-id={seat.id}>
      <p className="mb-4 text-sm text-slate-700">
        {humanize(seat.role)} · {seat.kind === "ai" ? "AI agent" : "Team member"}
        {seat.pausedAt ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800" data-testid="paused-badge">Paused</span> : null}
      </p>
      <SummaryCards report={report} />
      <div className="mb-6 grid gap-4 xl:grid-cols-2">
        <FindingsChart rules={report.findings} reviewed={report.reviewed} />
        <DailyChart days={series} />
      </div>
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <Section title="Messages" action={<div className="flex gap-1">{filter(false, "All")}{filter(true, "With findings")}</div>}>
          <MessageList messages={messages} empty={flagged ? "No message of this period has a finding or was held." : "No messages from this seat in this period yet. Reviewed messages appear here with what the reviewer found."} />
          {messages.length >= 50 ? <p className="mt-3 text-xs text-slate-600">The 50 most recent are shown; choose a shorter period to see older ones.</p> : null}
        </Section>
        <div className="min-w-0 space-y-4">
          {canManage ? (
            <Section title="Record a corrective action">
              <RecordActionForm seatId={seat.id} />
              <div className="mt-4 border-t border-slate-200 pt-4"><PauseControl seatId={seat.id} seatName={seat.name} paused={seat.pausedAt !== null} /></div>
            </Section>
          ) : null}
          <Section title="Corrective actions">
            <ActionList actions={actions} now={now} canManage={canManage} empty={canManage ? "No corrective action recorded for this seat yet." : "No corrective action has been recorded about your seat."} />
          </Section>
        </div>
      </div>
    </div>
  );
}
