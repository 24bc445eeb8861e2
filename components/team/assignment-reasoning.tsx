import { dateTime, humanize } from "@/components/format";
import type { ClientAssignmentRow } from "@/lib/db/queries/team-board";
import { FactorBars } from "./factor-bars";
import type { ReadBreakdown, RunnerUp } from "./score-breakdown";

/** An assignment with its stored reasoning read into one shape. */
export interface ExplainedAssignment {
  row: ClientAssignmentRow;
  breakdown: ReadBreakdown;
  runnersUp: RunnerUp[];
}

const STATE_TONE: Record<string, string> = {
  offered: "bg-amber-50 text-amber-800 ring-amber-200",
  accepted: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  declined: "bg-red-50 text-red-700 ring-red-200",
  timed_out: "bg-red-50 text-red-700 ring-red-200",
};

const EXCLUSION_WORDS: Record<string, string> = {
  role: "of another role",
  presence: "away, offline or on vacation",
  capacity: "at capacity",
  market: "outside the client's market",
  language: "not speaking the client's language",
  consent: "barred by the client's opt-out",
  other_side: "on the other side of the deal",
};

const percent = (score: number | null) => (score === null ? "—" : `${Math.round(score * 100)}%`);

function StateLine({ row, now }: { row: ClientAssignmentRow; now: Date }) {
  const expired = row.expiresAt !== null && row.expiresAt.getTime() < now.getTime();
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
      <span className={`rounded-full px-2 py-0.5 font-medium ring-1 ${STATE_TONE[row.state] ?? "bg-slate-50 text-slate-600 ring-slate-200"}`}>{humanize(row.state)}</span>
      {row.state === "offered" && row.expiresAt ? <span className={expired ? "text-red-700" : ""}>{expired ? "expired" : "until"} {dateTime(row.expiresAt)}</span> : null}
      {row.state !== "offered" ? <span>offered {dateTime(row.offeredAt)}{row.endedAt ? `, ended ${dateTime(row.endedAt)}` : ""}</span> : null}
    </p>
  );
}

/** One assignment of a client: the seat, its state, its score and why the coordinator chose it. */
export function AssignmentReasoning({ assignment, now }: { assignment: ExplainedAssignment; now: Date }) {
  const { row, breakdown, runnersUp } = assignment;
  const headingId = `assignment-${row.id}`;
  // A seat failing two checks counts under each, as in the coordinator's own reasons.
  const excluded = breakdown.exclusions.reduce((sum, e) => sum + e.count, 0);
  return (
    <article aria-labelledby={headingId} className="py-4 first:pt-0 last:pb-0" data-testid="assignment-explanation">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="break-words font-semibold leading-snug text-slate-900">{row.seatName}</h3>
          <p className="text-xs text-slate-500">{row.teamRole === "lead" ? "Lead" : "Support"} · {humanize(row.seatRole)} · {row.seatKind === "ai" ? "AI" : "Human"}</p>
        </div>
        <p className="shrink-0 text-right leading-tight">
          <span className="block text-lg font-bold tabular-nums text-slate-900">{percent(row.score)}</span>
          <span className="text-xs text-slate-500">score</span>
        </p>
      </div>
      <StateLine row={row} now={now} />
      <h4 className="mb-2 mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">Why this seat</h4>
      {breakdown.factors.length === 0 && row.reason ? <p className="text-sm text-slate-700">{row.reason}</p> : <FactorBars factors={breakdown.factors} />}
      {breakdown.note ? <p className="mt-3 rounded-lg bg-amber-50 p-2 text-xs text-amber-900">{breakdown.note}</p> : null}
      {runnersUp.length ? (
        <>
          <h4 className="mb-1 mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">Who was next</h4>
          <ol className="space-y-0.5 text-sm" data-testid="runners-up">
            {runnersUp.map((r) => (
              <li key={r.seatId} className="flex justify-between gap-2">
                <span className="min-w-0 truncate text-slate-700" title={r.name}>{r.name}</span>
                <span className="shrink-0 tabular-nums text-slate-500">{percent(r.score)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {excluded ? (
        <p className="mt-3 text-xs text-slate-600">
          {excluded} excluded: {breakdown.exclusions.map((e) => `${e.count} ${EXCLUSION_WORDS[e.constraint] ?? humanize(e.constraint)}`).join(", ")}
        </p>
      ) : null}
    </article>
  );
}
