import { humanize } from "@/components/format";
import { LoadBar, loadRatio, PRESENCE_DOT, presenceLabel } from "@/components/team/seat-indicators";

export interface SeatLoad {
  id: string;
  name: string;
  kind: string;
  role: string;
  presence: string;
  capacity: number;
  active: number;
}

/** Each seat's active clients against its capacity, fullest first. */
export function SeatLoadList({ seats }: { seats: SeatLoad[] }) {
  if (seats.length === 0) return <p className="text-sm text-slate-500">No seats on the team yet.</p>;
  const sorted = [...seats].sort((a, b) => loadRatio(b.active, b.capacity) - loadRatio(a.active, a.capacity));
  return (
    <ul className="divide-y divide-slate-100">
      {sorted.map((s) => (
        <li key={s.id} className="py-2.5" data-testid="seat-load">
          <div className="flex items-center justify-between gap-3 text-sm">
            <span className="flex min-w-0 items-center gap-2">
              <span className={`h-2 w-2 shrink-0 rounded-full ${PRESENCE_DOT[s.presence] ?? "bg-slate-300"}`} title={presenceLabel(s.presence)} />
              <span className="truncate font-medium text-slate-900" title={s.name}>{s.name}</span>
              <span className="hidden shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 sm:inline">{s.kind === "ai" ? "AI" : "Human"} · {humanize(s.role)}</span>
            </span>
            <span className="shrink-0 tabular-nums text-slate-600">{s.active}/{s.capacity}</span>
          </div>
          <LoadBar active={s.active} capacity={s.capacity} label={`${s.name} load`} className="mt-1.5 h-1.5" />
        </li>
      ))}
    </ul>
  );
}
