import Link from "next/link";
import { dateTime, humanize } from "@/components/format";
import type { TaskSeatOption } from "@/lib/db/queries/tasks";
import { TaskControls } from "./task-controls";

/** What a task row shows; the client part is left out on the client's own page. */
export interface TaskItemData {
  id: string;
  title: string;
  kind: string;
  dueAt: Date | null;
  status?: string;
  completedAt?: Date | null;
  seatId: string | null;
  seatName: string | null;
  client?: { id: string; name: string; linked: boolean };
}

const HOUR = 3_600_000;

/** "Overdue 3 d", "Overdue 2 h", "Due 2:00 PM" or "Due Dec 4, 9:00 AM", with the exact time for hover and screen readers. */
function DueLabel({ dueAt, now }: { dueAt: Date | null; now: Date }) {
  if (!dueAt) return <span className="text-xs text-slate-600">No due date</span>;
  const late = now.getTime() - dueAt.getTime();
  if (late > 0) {
    const words = late >= 24 * HOUR ? `${Math.floor(late / (24 * HOUR))} d` : late >= HOUR ? `${Math.floor(late / HOUR)} h` : `${Math.max(1, Math.floor(late / 60_000))} min`;
    return <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800" title={dateTime(dueAt)}>Overdue {words} · {dateTime(dueAt)}</span>;
  }
  return <span className="text-xs text-slate-700">Due {dateTime(dueAt)}</span>;
}

/**
 * One task: its title, the client (a link when the viewer reaches the client), the kind, when
 * it is due or was done, the seat that owes it, and the Done / Snooze / Reassign controls when
 * the viewer may act and the task is open.
 */
export function TaskItem({ task, now, canAct, seats, today }: { task: TaskItemData; now: Date; canAct: boolean; seats: TaskSeatOption[]; today: string }) {
  const done = task.status === "done";
  return (
    <li data-testid="task-item" className="min-w-0 px-4 py-3">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <p className={`min-w-0 break-words font-medium ${done ? "text-slate-600 line-through decoration-slate-400" : "text-slate-900"}`}>{task.title}</p>
        <span className="shrink-0">{done ? <span className="text-xs text-emerald-800">Done {dateTime(task.completedAt)}</span> : <DueLabel dueAt={task.dueAt} now={now} />}</span>
      </div>
      <p className="mt-1 flex flex-wrap gap-x-2 gap-y-0.5 text-xs text-slate-600">
        {task.client ? (
          task.client.linked ? <Link href={`/clients/${task.client.id}`} className="font-medium text-brand-700 hover:underline">{task.client.name}</Link> : <span className="font-medium text-slate-800">{task.client.name}</span>
        ) : null}
        <span>{humanize(task.kind)}</span>
        <span data-testid="task-assignee">{task.seatName ? `Assigned to ${task.seatName}` : "Nobody assigned"}</span>
      </p>
      {canAct && !done ? <div className="mt-2"><TaskControls taskId={task.id} title={task.title} seatId={task.seatId} seats={seats} today={today} /></div> : null}
    </li>
  );
}
