import { formatDuration, type SpeedSummary } from "@/lib/domain/assignment/speed-to-lead";

const pct = (share: number) => `${Math.round(share * 100)}%`;
const time = (s: number | null) => (s === null ? "—" : formatDuration(s));

/**
 * Speed to lead: how long leads waited for the team's first message or call, for the team and
 * per seat, against the 5-minute bar (contact within 5 minutes is ~100x likelier than at 30).
 */
export function SpeedToLead({ team, seats }: { team: SpeedSummary; seats: { name: string; summary: SpeedSummary }[] }) {
  if (team.count === 0) return <p className="text-sm text-slate-500">No leads arrived in the last 30 days.</p>;
  return (
    <div className="space-y-4" data-testid="speed-to-lead">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div><dt className="text-xs text-slate-500">Median first contact</dt><dd className="text-xl font-bold text-slate-900">{time(team.medianSeconds)}</dd></div>
        <div><dt className="text-xs text-slate-500">90th percentile</dt><dd className="text-xl font-bold text-slate-900">{time(team.p90Seconds)}</dd></div>
        <div><dt className="text-xs text-slate-500">Within 5 minutes</dt><dd className={`text-xl font-bold ${team.within5Minutes >= 0.8 ? "text-emerald-700" : "text-amber-700"}`}>{pct(team.within5Minutes)}</dd></div>
        <div><dt className="text-xs text-slate-500">Waiting over 5 min</dt><dd className={`text-xl font-bold ${team.waitingOver5Minutes ? "text-red-600" : "text-slate-900"}`}>{team.waitingOver5Minutes}</dd></div>
      </dl>
      {seats.length ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[28rem] text-sm">
            <thead><tr className="text-left text-xs text-slate-500"><th className="py-1 font-medium">Seat</th><th className="font-medium">Leads</th><th className="font-medium">Median</th><th className="font-medium">Within 5 min</th></tr></thead>
            <tbody>
              {seats.map((s) => (
                <tr key={s.name} className="border-t border-slate-100" data-testid="speed-row">
                  <td className="py-1.5 pr-2">{s.name}</td>
                  <td>{s.summary.count}</td>
                  <td>{time(s.summary.medianSeconds)}</td>
                  <td>{s.summary.answered ? pct(s.summary.within5Minutes) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
