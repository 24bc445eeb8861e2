import Link from "next/link";
import { humanize } from "@/components/format";
import type { TaskSeatOption } from "@/lib/db/queries/tasks";

/** Jorge's choice of whose tasks to see: every seat's, or one seat's. A plain GET form, so it works before scripts load. */
export function SeatFilter({ seats, selected }: { seats: TaskSeatOption[]; selected?: string }) {
  return (
    <form method="get" role="search" aria-label="Whose tasks" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 sm:max-w-sm">
        <label htmlFor="task-seat-filter" className="block text-xs font-medium text-slate-700">Seat</label>
        <select id="task-seat-filter" name="seat" defaultValue={selected ?? ""} className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm">
          <option value="">Every seat</option>
          {seats.map((s) => <option key={s.id} value={s.id}>{s.name} · {humanize(s.role)}{s.kind === "ai" ? " (AI)" : ""}</option>)}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">Show</button>
      {selected ? <Link href="/tasks" className="inline-flex min-h-11 items-center px-2 text-sm text-brand-700 hover:underline">Every seat</Link> : null}
    </form>
  );
}
