"use client";

import { useId, useState } from "react";
import { completeTaskAction, reassignTaskAction, snoozeTaskAction } from "@/app/(console)/tasks/actions";
import { humanize } from "@/components/format";
import type { TaskSeatOption } from "@/lib/db/queries/tasks";
import { useTaskAction } from "./task-flash";

const BUTTON = "inline-flex min-h-11 items-center justify-center rounded-lg px-4 text-sm font-semibold disabled:opacity-70";
const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700`;
const SECONDARY = `${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const OPENED = `${BUTTON} border border-brand-600 bg-brand-50 text-brand-800`;
const PANEL = "mt-2 w-full max-w-sm space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3";
const FIELD = "block min-h-11 w-full rounded-lg border border-slate-300 px-3 text-sm";

function Refusal({ error }: { error?: string }) {
  return error ? <p role="alert" className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null;
}

const seatLabel = (s: TaskSeatOption) => `${s.name} · ${humanize(s.role)}${s.presence !== "available" ? ` · ${s.presence === "vacation" ? "on vacation" : s.presence}` : ""}`;

interface Props {
  taskId: string;
  title: string;
  /** The seat owing the task now, left out of the reassign choices. */
  seatId: string | null;
  seats: TaskSeatOption[];
  /** Today in the business's calendar, "YYYY-MM-DD": the earliest day a snooze can pick. */
  today: string;
}

/** Done, Snooze (an hour, 9am tomorrow, next Monday 9am, or 9am on a chosen day, the client's time) and Reassign for one open task. */
export function TaskControls({ taskId, title, seatId, seats, today }: Props) {
  const [open, setOpen] = useState<"snooze" | "reassign" | null>(null);
  const close = () => setOpen(null);
  const [done, complete, completing] = useTaskAction(completeTaskAction);
  const [snoozed, snooze, snoozing] = useTaskAction(snoozeTaskAction, close);
  const [moved, reassign, moving] = useTaskAction(reassignTaskAction, close);
  const snoozeId = useId();
  const reassignId = useId();
  const dayId = useId();
  const seatFieldId = useId();
  const choices = seats.filter((s) => s.id !== seatId && !s.disabled);
  const people = choices.filter((s) => s.kind !== "ai");
  const agents = choices.filter((s) => s.kind === "ai");
  const toggle = (which: "snooze" | "reassign") => setOpen(open === which ? null : which);
  return (
    <div data-testid="task-controls">
      <div className="flex flex-wrap items-start gap-2">
        <form action={complete}>
          <input type="hidden" name="taskId" value={taskId} />
          <button type="submit" disabled={completing} className={PRIMARY} aria-label={`Mark done: ${title}`}>{completing ? "Saving…" : "Done"}</button>
        </form>
        <button type="button" onClick={() => toggle("snooze")} aria-expanded={open === "snooze"} aria-controls={snoozeId} aria-label={`Snooze: ${title}`} className={open === "snooze" ? OPENED : SECONDARY}>Snooze</button>
        {choices.length ? <button type="button" onClick={() => toggle("reassign")} aria-expanded={open === "reassign"} aria-controls={reassignId} aria-label={`Reassign: ${title}`} className={open === "reassign" ? OPENED : SECONDARY}>Reassign</button> : null}
      </div>
      {open === "snooze" ? (
        <form id={snoozeId} action={snooze} noValidate className={PANEL}>
          <input type="hidden" name="taskId" value={taskId} />
          <div className="grid gap-2">
            <button type="submit" name="until" value="hour" disabled={snoozing} className={SECONDARY}>1 hour</button>
            <button type="submit" name="until" value="tomorrow" disabled={snoozing} className={SECONDARY}>Tomorrow 9am</button>
            <button type="submit" name="until" value="next_week" disabled={snoozing} className={SECONDARY}>Next week (Monday 9am)</button>
          </div>
          <label htmlFor={dayId} className="block pt-1 text-xs font-medium text-slate-700">Or a day (9am, client&apos;s time)</label>
          <div className="flex gap-2">
            <input id={dayId} name="day" type="date" min={today} className={FIELD} />
            <button type="submit" name="until" value="date" disabled={snoozing} className={SECONDARY}>Snooze</button>
          </div>
          <Refusal error={snoozed.error} />
        </form>
      ) : null}
      {open === "reassign" && choices.length ? (
        <form id={reassignId} action={reassign} className={PANEL}>
          <input type="hidden" name="taskId" value={taskId} />
          <label htmlFor={seatFieldId} className="block text-xs font-medium text-slate-700">Give to</label>
          <select id={seatFieldId} name="seatId" required defaultValue="" className={FIELD}>
            <option value="" disabled>Choose a teammate</option>
            {people.length ? <optgroup label="People">{people.map((s) => <option key={s.id} value={s.id}>{seatLabel(s)}</option>)}</optgroup> : null}
            {agents.length ? <optgroup label="AI seats">{agents.map((s) => <option key={s.id} value={s.id}>{seatLabel(s)}</option>)}</optgroup> : null}
          </select>
          <button type="submit" disabled={moving} className={`${PRIMARY} w-full`}>{moving ? "Reassigning…" : "Reassign"}</button>
          <Refusal error={moved.error} />
        </form>
      ) : null}
      <Refusal error={done.error} />
    </div>
  );
}
