import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { clientReach, scopeOf } from "@/lib/db/queries/scope";
import { listClientOpenTasks, listTaskSeatOptions } from "@/lib/db/queries/tasks";
import { BUSINESS_TIME_ZONE } from "@/lib/domain/followup/business-time";
import { localDay } from "@/lib/domain/followup/zoned-time";
import { Section } from "@/components/section";
import { TaskFlash } from "./task-flash";
import { TaskItem } from "./task-item";

/**
 * A client's open tasks with the seat owing each and, for someone who may change the client, the
 * Done / Snooze / Reassign controls. It loads the signed-in viewer itself and shows nothing to
 * someone who does not reach the whole client (a pending offer's preview has no tasks).
 */
export async function ClientTasks({ clientId }: { clientId: string }) {
  const viewer = await requireViewer();
  const db = getDb();
  if ((await clientReach(db, scopeOf(viewer), clientId)) !== "whole") return null;
  const canAct = viewerCan(viewer, "clients.write_own") || viewerCan(viewer, "clients.write_all");
  const [open, seats] = await Promise.all([
    listClientOpenTasks(db, viewer.organizationId, clientId),
    canAct ? listTaskSeatOptions(db, viewer.organizationId) : Promise.resolve([]),
  ]);
  const now = new Date();
  const today = localDay(now, BUSINESS_TIME_ZONE);
  return (
    <Section title="Open tasks" action={<span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold tabular-nums text-slate-700">{open.length}</span>}>
      {open.length ? (
        <ul className="-mx-4 divide-y divide-slate-100" data-testid="client-tasks">
          {open.map((t) => <TaskItem key={t.id} task={t} now={now} canAct={canAct} seats={seats} today={today} />)}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No open tasks for this client.</p>
      )}
      {canAct ? <TaskFlash /> : null}
    </Section>
  );
}
