import type { Factor } from "@/lib/domain/routing/weights";
import type { FactorLine } from "./score-breakdown";

const LABELS: Record<Factor, string> = {
  expertise: "Expertise",
  workload: "Workload",
  successRate: "Success rate",
  preferenceFit: "Preference fit",
  commission: "Commission",
};

const percent = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100);
/** A contribution in points of the total score: 0.226 of a 0..1 score reads "+22.6 pts". */
const points = (v: number) => `+${(Math.round(v * 1000) / 10).toFixed(1)} pts`;

/** The five scoring factors as small bars, each with its weighted share and its one-line reason. */
export function FactorBars({ factors }: { factors: FactorLine[] }) {
  if (factors.length === 0) return <p className="text-xs text-slate-500">No factor scores were stored for this assignment.</p>;
  return (
    <ul className="space-y-2" data-testid="factor-bars">
      {factors.map((f) => {
        const label = LABELS[f.factor];
        const value = percent(f.value);
        return (
          <li key={f.factor}>
            <p className="flex items-baseline justify-between gap-2 text-xs">
              <span className="font-medium text-slate-700">{label}</span>
              <span className="shrink-0 tabular-nums text-slate-600">
                {value}%{f.contribution !== null ? <span className="text-slate-500" title="Weighted share of the total score"> · {points(f.contribution)}</span> : null}
              </span>
            </p>
            <div className="mt-1 h-1.5 rounded-full bg-slate-100" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}
              aria-valuetext={`${value}%${f.contribution !== null ? `, adds ${points(f.contribution).slice(1)} to the score` : ""}`}>
              <div className="h-full rounded-full bg-brand-500" style={{ width: `${value}%` }} />
            </div>
            {f.explanation ? <p className="mt-0.5 text-xs text-slate-500">{f.explanation}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
