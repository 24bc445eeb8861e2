import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { calendarDate } from "@/lib/domain/dates/calendar-date";
import { singleParam } from "@/lib/domain/input/search-text";
import { periodLabel } from "@/lib/domain/quality/period";
import { qualitySeats } from "@/lib/db/queries/quality-seats";
import { PeriodPicker } from "@/components/quality/period-picker";
import { PageHeader } from "@/components/section";
import { periodQuery, readPeriod } from "../load";
import { SeatView } from "../seat-view";

export const metadata: Metadata = { title: "Seat quality" };
export const dynamic = "force-dynamic";

/**
 * One seat's quality report. People who read reports reach every seat of the team; a team
 * member reaches only their own, and any other seat id (or one that is not a UUID) is not found.
 */
export default async function SeatQualityPage({ params, searchParams }: { params: Promise<{ seatId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const { seatId } = await params;
  if (!z.guid().safeParse(seatId).success) notFound();
  const team = viewerCan(viewer, "reports.read");
  if (!team && viewer.seatId !== seatId) notFound();
  const db = getDb();
  const [seat] = await qualitySeats(db, viewer.organizationId, seatId);
  if (!seat) notFound();
  const query = await searchParams;
  const now = new Date();
  const { period, error } = readPeriod(query, now);
  const basePath = `/quality/${seat.id}`;
  return (
    <>
      {team ? <Link href={`/quality?${periodQuery(period)}`} className="mb-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">← Team quality</Link> : null}
      <PageHeader title={seat.name} subtitle={`${periodLabel(period, (d) => calendarDate(d))}: this seat's messages at the quality check, reply times and satisfaction.`} />
      <PeriodPicker period={period} basePath={basePath} error={error} />
      <SeatView db={db} viewer={viewer} seat={seat} period={period} flagged={singleParam(query, "only") === "flagged"} basePath={basePath} now={now} />
    </>
  );
}
