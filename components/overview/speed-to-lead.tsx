import type { ReactNode } from "react";
import { duration } from "@/components/format";
import type { SpeedSummary } from "@/lib/domain/assignment/speed-to-lead";

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
const leads = (n: number) => (n === 1 ? "1 lead" : `${n} leads`);

function Figure({ label, value, hint, tone = "text-slate-900", testId }: { label: string; value: ReactNode; hint: string; tone?: string; testId: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className={`text-xl font-bold ${tone}`} data-testid={testId}>{value}</dd>
      <dd className="text-xs text-slate-600">{hint}</dd>
    </div>
  );
}

/**
 * Speed to lead: how long leads waited for the team's first message or call, for the team and
 * per seat, against the 5-minute bar (contact within 5 minutes is ~100x likelier than at 30).
 * Each figure names the leads it counts: the share is over the leads the bar is decided for
 * (answered, or waiting longer than 5 minutes), the durations over the answered ones.
 */
export function SpeedToLead({ team, seats }: { team: SpeedSummary; seats: { name: string; summary: SpeedSummary }[] }) {
  if (team.received === 0) return <p className="text-sm text-slate-600">No leads arrived in the last 30 days.</p>;
  const met = team.within5MinutesShare !== null && team.within5MinutesShare >= 0.8;
  return (
    <div className="space-y-4" data-testid="speed-to-lead">
      <p className="text-sm text-slate-700" data-testid="speed-received">
        {leads(team.received)} received: {team.answered} answered, {team.waitingOver5Minutes} waiting over 5 min{team.waitingUnder5Minutes ? `, ${team.waitingUnder5Minutes} arrived in the last 5 min` : ""}.
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Answered within 5 min" value={pct(team.within5MinutesShare)} tone={team.within5MinutesShare === null ? undefined : met ? "text-emerald-700" : "text-amber-700"}
          hint={`${team.answeredWithin5Minutes} of ${leads(team.decided)} answered or waiting over 5 min`} testId="speed-within" />
        <Figure label="Waiting over 5 min" value={team.waitingOver5Minutes} tone={team.waitingOver5Minutes ? "text-red-700" : undefined} hint="not answered yet, counted as missed" testId="speed-waiting" />
        <Figure label="Median first contact" value={duration(team.medianSeconds)} hint={`over ${leads(team.answered)} answered`} testId="speed-median" />
        <Figure label="90th percentile" value={duration(team.p90Seconds)} hint={`over ${leads(team.answered)} answered`} testId="speed-p90" />
      </dl>
      {seats.length ? (
        <div role="region" aria-label="Speed to lead per seat" tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[28rem] text-sm">
            <caption className="mb-1 text-left text-xs text-slate-600">Per seat: the leads whose lead place the seat accepted; leads no seat has accepted yet count for the team only.</caption>
            <thead>
              <tr className="text-left text-xs text-slate-600">
                <th scope="col" className="py-1 font-medium">Seat</th><th scope="col" className="font-medium">Received</th><th scope="col" className="font-medium">Answered</th>
                <th scope="col" className="font-medium">Median</th><th scope="col" className="font-medium">Within 5 min</th>
              </tr>
            </thead>
            <tbody>
              {seats.map((s) => (
                <tr key={s.name} className="border-t border-slate-100" data-testid="speed-row">
                  <td className="py-1.5 pr-2">{s.name}</td>
                  <td>{s.summary.received}</td>
                  <td>{s.summary.answered}</td>
                  <td>{duration(s.summary.medianSeconds)}</td>
                  <td>{s.summary.decided ? `${pct(s.summary.within5MinutesShare)} (${s.summary.answeredWithin5Minutes} of ${s.summary.decided})` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
