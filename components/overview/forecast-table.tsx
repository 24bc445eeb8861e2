import type { MarketForecast } from "@/lib/services/intake-forecast";

const label = (week: string) => new Date(`${week}T12:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** Expected new clients per market for the coming weeks, and the weeks a market runs out of lead places. */
export function ForecastTable({ forecasts }: { forecasts: MarketForecast[] }) {
  const weeks = forecasts[0]?.weeks.map((w) => w.week) ?? [];
  if (weeks.length === 0) return <p className="text-sm text-slate-500">No markets to forecast.</p>;
  const shortMarkets = forecasts.filter((f) => f.weeks.some((w) => w.short));
  return (
    <>
      <p className="mb-3 text-sm text-slate-600">
        {shortMarkets.length === 0 ? "Every market has lead places for the intake expected in the next four weeks." : `${shortMarkets.map((f) => f.name).join(", ")} will run short of lead places: add capacity or rebalance.`}
      </p>
      <div className="-mx-4 overflow-x-auto sm:mx-0">
        <table className="w-full min-w-[520px] text-left text-sm">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium sm:px-2">Market</th>
              <th className="px-2 py-2 text-right font-medium">Free now</th>
              {weeks.map((w) => <th key={w} className="px-2 py-2 text-right font-medium">Week of {label(w)}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {forecasts.map((f) => (
              <tr key={f.marketId} data-testid="forecast-row">
                <td className="px-4 py-2 font-medium text-slate-900 sm:px-2">{f.name}<span className="block text-xs font-normal text-slate-500">{f.releasesPerWeek} places freed a week</span></td>
                <td className="px-2 py-2 text-right tabular-nums">{f.freeNow}</td>
                {f.weeks.map((w) => (
                  <td key={w.week} className={`px-2 py-2 text-right tabular-nums ${w.short ? "bg-red-50 font-semibold text-red-700" : ""}`} title={`Seasonal index ${w.seasonal}; ${w.freeAfter} places left after this week`}>
                    {w.expected}
                    <span className="block text-xs font-normal text-slate-500">{w.short ? "short" : `${Math.floor(w.freeAfter)} left`}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
