const TONES: Record<string, string> = {
  hot: "bg-red-50 text-red-700 ring-red-200",
  warm: "bg-amber-50 text-amber-800 ring-amber-200",
  cold: "bg-sky-50 text-sky-700 ring-sky-200",
};

/** Hot, warm or cold, with the lead score beside it. */
export function TemperatureBadge({ temperature, score }: { temperature: string; score?: number }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES[temperature] ?? "bg-slate-50 text-slate-600 ring-slate-200"}`}>
      {temperature}
      {score !== undefined ? <span className="font-normal tabular-nums">{score}</span> : null}
    </span>
  );
}
