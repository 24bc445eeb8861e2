/** Small visual cues of a seat shared by the team board: load against capacity, presence and kind. */

export const PRESENCE_DOT: Record<string, string> = { available: "bg-emerald-500", away: "bg-amber-400", offline: "bg-slate-400", vacation: "bg-violet-400" };
const PRESENCE_LABEL: Record<string, string> = { available: "Available", away: "Away", offline: "Offline", vacation: "On vacation" };

/** How a presence reads in words. */
export function presenceLabel(presence: string): string {
  return PRESENCE_LABEL[presence] ?? presence;
}

/** A colored dot with the presence spelled out beside it, so color is never the only cue. */
export function PresenceDot({ presence }: { presence: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-slate-600">
      <span className={`h-2 w-2 shrink-0 rounded-full ${PRESENCE_DOT[presence] ?? "bg-slate-300"}`} aria-hidden="true" />
      {presenceLabel(presence)}
    </span>
  );
}

/** "AI" or "Human", the kind of whoever holds the seat. */
export function KindBadge({ kind }: { kind: string }) {
  const ai = kind === "ai";
  return (
    <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${ai ? "bg-brand-50 text-brand-700" : "bg-emerald-50 text-emerald-700"}`}>
      {ai ? "AI" : "Human"}
    </span>
  );
}

/** A seat's load as a share of its capacity; a seat with no capacity counts as full. */
export function loadRatio(active: number, capacity: number): number {
  return capacity <= 0 ? 1 : active / capacity;
}

/** The bar color for a load: brand below 85%, amber up to full, red when full or over. */
export function loadColor(ratio: number): string {
  if (ratio >= 1) return "bg-red-500";
  if (ratio >= 0.85) return "bg-amber-500";
  return "bg-brand-500";
}

/** A thin bar of active clients against capacity, announced as a meter to screen readers. */
export function LoadBar({ active, capacity, label, className = "h-1.5" }: { active: number; capacity: number; label: string; className?: string }) {
  const ratio = loadRatio(active, capacity);
  return (
    <div className={`rounded-full bg-slate-100 ${className}`} role="meter" aria-valuemin={0} aria-valuemax={capacity} aria-valuenow={active} aria-label={label}>
      <div className={`h-full rounded-full ${loadColor(ratio)}`} style={{ width: `${Math.min(100, ratio * 100)}%` }} />
    </div>
  );
}
