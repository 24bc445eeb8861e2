import { canManageQuality } from "@/lib/services/quality/manage-quality";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { correctiveActionList, seatMessages, type QualitySeat } from "@/lib/db/queries/quality-seats";
import type { QualityPeriod } from "@/lib/domain/quality/period";
import { SeatReport } from "@/components/quality/seat-report";
import { loadReports, periodQuery } from "./load";

/** Loads one seat's report for the period and renders it; `only=flagged` in the address keeps messages with findings. */
export async function SeatView({ db, viewer, seat, period, flagged, basePath, now }: { db: Db; viewer: Viewer; seat: QualitySeat; period: QualityPeriod; flagged: boolean; basePath: string; now: Date }) {
  const org = viewer.organizationId;
  const scope = { organizationId: org, from: period.from, to: period.to, seatId: seat.id };
  const [reports, messages, actions] = await Promise.all([
    loadReports(db, org, period, seat.id),
    seatMessages(db, scope, { flagged }),
    correctiveActionList(db, org, { seatId: seat.id }),
  ]);
  return (
    <SeatReport seat={seat} report={reports.reportOf(seat.id)} series={reports.series} messages={messages} flagged={flagged} actions={actions}
      canManage={canManageQuality(viewer)} now={now} period={period} basePath={basePath} query={periodQuery(period)} />
  );
}
