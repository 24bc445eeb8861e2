import { Suspense } from "react";
import { PageSkeleton } from "@/components/section";
import type { Metadata } from "next";
import { z } from "zod";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { scopeOf } from "@/lib/db/queries/scope";
import { listDayTasks, listTaskSeatOptions, TASK_BUCKETS, type TaskBucket } from "@/lib/db/queries/tasks";
import { BUSINESS_TIME_ZONE } from "@/lib/domain/followup/business-time";
import { addDays, localDay, parseDay, zonedTimeToUtc } from "@/lib/domain/followup/zoned-time";
import { DayGroup } from "@/components/tasks/day-group";
import { SeatFilter } from "@/components/tasks/seat-filter";
import { TaskFlash } from "@/components/tasks/task-flash";
import { PresenceControl } from "@/components/team/presence-control";

export const metadata: Metadata = { title: "Tasks" };
export const dynamic = "force-dynamic";

const DONE_DAYS = 7;
/** Tasks listed per group: one seat's day, or a first look at every seat's. */
const PER_GROUP = { seat: 50, everySeat: 20 };
const filterSchema = z.object({ seat: z.guid().optional().catch(undefined) });

/**
 * The signed-in person's day: their seat's overdue tasks, today's, upcoming ones and those done
 * this week, each with Done / Snooze / Reassign, and their own presence. Jorge (and a viewer,
 * read only) sees every seat's tasks, or one seat's with the filter.
 */
async function TasksBody({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  const filter = scope.all ? filterSchema.parse(await searchParams) : {};
  const canAct = viewerCan(viewer, "clients.write_own") || viewerCan(viewer, "clients.write_all");
  const db = getDb();
  const now = new Date();
  const today = localDay(now, BUSINESS_TIME_ZONE);
  const dayEnd = zonedTimeToUtc({ ...parseDay(addDays(today, 1)), hour: 0, minute: 0, second: 0 }, BUSINESS_TIME_ZONE);
  const doneSince = new Date(now.getTime() - DONE_DAYS * 86_400_000);
  const everySeat = scope.all && !filter.seat;
  const [rows, seats] = await Promise.all([
    listDayTasks(db, scope, filter.seat ?? null, { now, dayEnd, doneSince, perGroup: everySeat ? PER_GROUP.everySeat : PER_GROUP.seat }),
    canAct || scope.all ? listTaskSeatOptions(db, viewer.organizationId) : Promise.resolve([]),
  ]);
  const groups = Object.fromEntries(TASK_BUCKETS.map((b) => [b, rows.filter((r) => r.bucket === b)])) as Record<TaskBucket, typeof rows>;
  const total = (b: TaskBucket) => groups[b][0]?.groupTotal ?? 0;
  const ownPresence = viewer.seatId ? seats.find((s) => s.id === viewer.seatId)?.presence : undefined;
  const seatName = filter.seat ? seats.find((s) => s.id === filter.seat)?.name : undefined;
  const group = (bucket: TaskBucket, title: string, empty: string) => (
    <DayGroup key={bucket} bucket={bucket} title={title} tasks={groups[bucket]} total={total(bucket)} empty={empty} now={now} canAct={canAct} seats={seats} today={today} />
  );

  return (
    <>
      <div className="mb-6 flex flex-col gap-4 lg:flex-row lg:items-end lg:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-slate-900">{scope.all ? "Tasks" : "My tasks"}</h1>
          <p className="mt-1 text-sm text-slate-600" data-testid="task-summary">
            {everySeat ? "Every seat's tasks" : seatName ? `${seatName}'s tasks` : "Your seat's tasks"}: {total("overdue")} overdue · {total("today")} due today · {total("upcoming")} upcoming · {total("done")} done this week. Times are Pacific.
          </p>
        </div>
        {canAct && ownPresence ? <div className="lg:w-96"><PresenceControl presence={ownPresence} compact /></div> : null}
      </div>
      {scope.all ? <SeatFilter seats={seats} selected={filter.seat} /> : null}
      {!scope.all && !viewer.seatId ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">Your account holds no seat on the team, so no tasks come to you.</p>
      ) : (
        <div className="space-y-4">
          {group("overdue", "Overdue", "Nothing overdue.")}
          {group("today", "Due today", "Nothing else due today.")}
          {group("upcoming", "Upcoming", "Nothing scheduled after today.")}
          {group("done", "Done recently", `Nothing done in the last ${DONE_DAYS} days.`)}
        </div>
      )}
      {canAct ? <TaskFlash /> : null}
    </>
  );
}

/** Streams the page: the skeleton shows at once, even on a full reload, while the data is read. */
export default function TasksPage(props: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <Suspense fallback={<PageSkeleton />}><TasksBody {...props} /></Suspense>;
}
