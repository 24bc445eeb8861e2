import type { BucketedTask, TaskBucket, TaskSeatOption } from "@/lib/db/queries/tasks";
import { Section } from "@/components/section";
import { TaskItem } from "./task-item";

interface Props {
  bucket: TaskBucket;
  title: string;
  tasks: BucketedTask[];
  /** How many tasks the group holds; more than listed when the list is cut. */
  total: number;
  empty: string;
  now: Date;
  canAct: boolean;
  seats: TaskSeatOption[];
  today: string;
}

/** One group of the day (overdue, today, upcoming, done) as a titled list with its count. */
export function DayGroup({ bucket, title, tasks, total, empty, now, canAct, seats, today }: Props) {
  const tone = bucket === "overdue" && total > 0 ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-700";
  return (
    <Section title={title} id={`tasks-${bucket}`} action={<span className={`rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ${tone}`} data-testid={`count-${bucket}`}>{total}</span>}>
      {tasks.length ? (
        <ul className="-mx-4 divide-y divide-slate-100" data-testid={`tasks-${bucket}`}>
          {tasks.map((t) => (
            <TaskItem key={t.id} now={now} canAct={canAct} seats={seats} today={today}
              task={{ ...t, client: { id: t.clientId, name: t.clientName, linked: t.reachable } }} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{empty}</p>
      )}
      {total > tasks.length ? <p className="mt-3 text-xs text-slate-600">Showing the first {tasks.length} of {total}.</p> : null}
    </Section>
  );
}
