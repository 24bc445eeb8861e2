import Link from "next/link";
import { attentionReason, type SeatRow } from "@/lib/domain/quality/attention";
import { percent } from "./percent";

const TH = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-600";
const TD = "px-3 py-2 tabular-nums";

/** Every seat's figures for the period, the seat needing attention first, each linking to its drill-down. */
export function SeatTable({ rows, query }: { rows: SeatRow[]; query: string }) {
  return (
    <section className="mb-6 min-w-0 rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby="seat-table-title">
      <h2 id="seat-table-title" className="px-4 pt-4 font-semibold text-slate-900">By seat, needing attention first</h2>
      <p className="px-4 pb-2 text-sm text-slate-600">Blocked share first, then warned, then rubric adherence and reply time.</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[52rem] text-sm" data-testid="seat-table">
          <thead className="border-y border-slate-200 bg-slate-50">
            <tr>{["Seat", "Reviewed", "Blocked", "Warned", "Adherence", "Reply p50", "Reply p90", "Satisfaction", "Open actions"].map((h) => <th key={h} scope="col" className={TH}>{h}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const r = row.report;
              const reason = attentionReason(row);
              return (
                <tr key={row.seatId} data-testid="seat-row" data-seat-id={row.seatId}>
                  <th scope="row" className="max-w-[16rem] px-3 py-2 text-left font-medium">
                    <Link href={`/quality/${row.seatId}?${query}`} className="break-words text-brand-700 underline-offset-2 hover:underline">{row.name}</Link>
                    {row.paused ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Paused</span> : null}
                    {reason ? <span className="block text-xs font-normal text-slate-600">{reason}</span> : null}
                  </th>
                  <td className={TD}>{r.reviewed}</td>
                  <td className={`${TD} ${r.blocked ? "font-semibold text-red-700" : ""}`}>{r.blocked}</td>
                  <td className={TD}>{r.warned}{r.sentAnyway ? <span className="text-xs text-slate-600"> ({r.sentAnyway} sent anyway)</span> : null}</td>
                  <td className={TD}>{percent(r.adherence)}</td>
                  <td className={TD}>{r.replyP50Seconds === null ? "—" : r.replyP50Words}</td>
                  <td className={TD}>{r.replyP90Seconds === null ? "—" : r.replyP90Words}</td>
                  <td className={TD}>{percent(r.satisfaction)}</td>
                  <td className={TD}>{row.openActions}{row.dueActions ? <span className="text-xs font-semibold text-amber-700"> ({row.dueActions} due)</span> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
