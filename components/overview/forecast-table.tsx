import { calendarDate } from "@/components/format";
import type { MarketForecast } from "@/lib/services/intake-forecast";

const places = (n: number) => (n === 1 ? "1 place" : `${n} places`);

/** "Fontana runs short from the week of Dec 7 (3 places missing at worst)": each market that really runs short. */
function shortfalls(forecasts: MarketForecast[]): string[] {
  return forecasts.flatMap((f) => {
    const first = f.weeks.find((w) => w.short);
    if (!first) return [];
    const worst = Math.max(...f.weeks.map((w) => w.shortBy));
    return [`${f.name} runs short ${first === f.weeks[0] ? "this week" : `from the week of ${calendarDate(first.week, { year: false })}`} (${places(worst)} missing at worst)`];
  });
}

/**
 * Expected new clients per market for the coming weeks in whole clients, the whole lead places
 * left at each week's end, and a shortfall line only for the markets that really run short.
 */
export function ForecastTable({ forecasts }: { forecasts: MarketForecast[] }) {
  const weeks = forecasts[0]?.weeks.map((w) => w.week) ?? [];
  if (weeks.length === 0) return <p className="text-sm text-slate-600">No markets to forecast.</p>;
  const short = shortfalls(forecasts);
  return (
    <>
      {short.length ? (
        <p className="mb-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="forecast-shortfall">{short.join("; ")}. Add capacity or rebalance.</p>
      ) : (
        <p className="mb-3 text-sm text-slate-600">Every market has lead places for the intake expected in the next four weeks.</p>
      )}
      <p className="mb-2 text-xs text-slate-600">Each week: new clients expected, and below, lead places left at the week&apos;s end.</p>
      <div role="region" aria-label="Intake forecast per market" tabIndex={0} className="-mx-4 overflow-x-auto sm:mx-0">
        <table className="w-full min-w-[600px] text-left text-sm">
          <thead className="text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium sm:px-2">Market</th>
              <th scope="col" className="px-2 py-2 text-right font-medium">Free now</th>
              {weeks.map((w, i) => <th key={w} scope="col" className="px-2 py-2 text-right font-medium">{i === 0 ? "Rest of this week" : `Week of ${calendarDate(w, { year: false })}`}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {forecasts.map((f) => (
              <tr key={f.marketId} data-testid="forecast-row">
                <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900 sm:px-2">
                  {f.name}<span className="block text-xs font-normal text-slate-600">frees {places(f.releasesOverHorizon)} over these weeks</span>
                </th>
                <td className="px-2 py-2 text-right tabular-nums">{f.freeNow}</td>
                {f.weeks.map((w) => (
                  <td key={w.week} className={`px-2 py-2 text-right tabular-nums ${w.short ? "bg-red-50 font-semibold text-red-700" : ""}`} title={`Seasonal index ${w.seasonal}`} data-testid="forecast-cell">
                    {w.expected}
                    <span className="block text-xs font-normal">{w.short ? `${w.shortBy} short` : <span className="text-slate-600">{w.freeAfter} left</span>}</span>
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
