import { humanize } from "@/components/format";

export interface SeatLoad {
  id: string;
  name: string;
  kind: string;
  role: string;
  presence: string;
  capacity: number;
  active: number;
}

const PRESENCE_DOT: Record<string, string> = { available: "bg-emerald-500", away: "bg-amber-400", offline: "bg-slate-400", vacation: "bg-violet-400" };

function barColor(ratio: number) {
  if (ratio >= 1) return "bg-red-500";
  if (ratio >= 0.85) return "bg-amber-500";
  return "bg-brand-500";
}

/** Each seat's active clients against its capacity, fullest first. */
export function SeatLoadList({ seats }: { seats: SeatLoad[] }) {
  if (seats.length === 0) return <p className="text-sm text-slate-500">No seats on the team yet.</p>;
  const sorted = [...seats].sort((a, b) => b.active / Math.max(b.capacity, 1) - a.active / Math.max(a.capacity, 1));
  return (
    <ul className="divide-y divide-slate-100">
      {sorted.map((s) => {
        const ratio = s.capacity === 0 ? 1 : s.active / s.capacity;
        return (
          <li key={s.id} className="py-2.5" data-testid="seat-load">
            <div className="flex items-center justify-between gap-3 text-sm">
              <span className="flex min-w-0 items-center gap-2">
                <span className={`h-2 w-2 shrink-0 rounded-full ${PRESENCE_DOT[s.presence] ?? "bg-slate-300"}`} title={humanize(s.presence)} />
                <span className="truncate font-medium text-slate-900" title={s.name}>{s.name}</span>
                <span className="hidden shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 sm:inline">{s.kind === "ai" ? "AI" : "Human"} · {humanize(s.role)}</span>
              </span>
              <span className="shrink-0 tabular-nums text-slate-600">{s.active}/{s.capacity}</span>
            </div>
            <div className="mt-1.5 h-1.5 rounded-full bg-slate-100" role="meter" aria-valuemin={0} aria-valuemax={s.capacity} aria-valuenow={s.active} aria-label={`${s.name} load`}>
              <div className={`h-1.5 rounded-full ${barColor(ratio)}`} style={{ width: `${Math.min(100, ratio * 100)}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
