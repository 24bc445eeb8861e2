import Link from "next/link";
import { compactMoney, humanize } from "@/components/format";

export interface MarketSummary {
  id: string;
  name: string;
  type: string;
  zipCodes: string[];
  clients: number;
  activeListings: number;
  closedSales90d: number;
  medianClose90d: number | null;
}

/** The team's markets with clients in scope, supply and recent prices. */
export function MarketTable({ markets }: { markets: MarketSummary[] }) {
  if (markets.length === 0) return <p className="text-sm text-slate-500">No markets set up yet.</p>;
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[520px] text-left text-sm">
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium sm:px-2">Market</th>
            <th className="px-2 py-2 text-right font-medium">Clients</th>
            <th className="px-2 py-2 text-right font-medium">Active listings</th>
            <th className="px-2 py-2 text-right font-medium">Sales, 90 days</th>
            <th className="px-4 py-2 text-right font-medium sm:px-2">Median sale</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {markets.map((m) => (
            <tr key={m.id} data-testid="market-row">
              <td className="px-4 py-2 sm:px-2">
                <Link href={`/clients?market=${m.id}`} className="font-medium text-slate-900 hover:text-brand-600">{m.name}</Link>
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{humanize(m.type)}</span>
                <p className="text-xs text-slate-600">{m.zipCodes.join(", ")}</p>
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{m.clients}</td>
              <td className="px-2 py-2 text-right tabular-nums">{m.activeListings}</td>
              <td className="px-2 py-2 text-right tabular-nums">{m.closedSales90d}</td>
              <td className="px-4 py-2 text-right tabular-nums sm:px-2">{compactMoney(m.medianClose90d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
