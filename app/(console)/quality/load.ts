import { singleParam } from "@/lib/domain/input/search-text";
import { BUSINESS_TIME_ZONE } from "@/lib/domain/followup/business-time";
import { dailySeries } from "@/lib/domain/quality/daily-series";
import { parseQualityPeriod, type QualityPeriod } from "@/lib/domain/quality/period";
import { NO_COUNTS, qualityReport } from "@/lib/domain/quality/report";
import type { Db } from "@/lib/db/client";
import { qualityByDay, qualityCounts, qualityFindingCounts } from "@/lib/db/queries/quality";

/** The period the address asks for, or the default one with the reason the asked one was refused. */
export function readPeriod(params: Record<string, unknown>, now: Date): { period: QualityPeriod; error: string | null } {
  const input = { days: singleParam(params, "days"), from: singleParam(params, "from"), to: singleParam(params, "to") };
  const asked = parseQualityPeriod(input, now, BUSINESS_TIME_ZONE);
  if (asked.ok) return { period: asked.period, error: null };
  const fallback = parseQualityPeriod({}, now, BUSINESS_TIME_ZONE);
  if (!fallback.ok) throw new Error(fallback.error);
  return { period: fallback.period, error: asked.error };
}

/** The address query of a period, to keep it across links: "days=7" or "from=…&to=…". */
export function periodQuery(period: QualityPeriod): string {
  return period.key === "custom" ? `from=${period.fromDay}&to=${period.toDay}` : `days=${period.key}`;
}

/** Everything a report of the team, or of one seat, shows: the reports by seat, and the daily series. */
export async function loadReports(db: Db, organizationId: string, period: QualityPeriod, seatId?: string) {
  const scope = { organizationId, from: period.from, to: period.to, seatId };
  const [counts, findings, days] = await Promise.all([qualityCounts(db, scope), qualityFindingCounts(db, scope), qualityByDay(db, scope, BUSINESS_TIME_ZONE)]);
  const reportOf = (key: string) => qualityReport(counts.get(key) ?? NO_COUNTS, findings.get(key) ?? []);
  return { team: reportOf("team"), reportOf, series: dailySeries(period.days, days) };
}
