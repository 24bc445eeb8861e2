import { getDb } from "@/lib/db/client";
import { getSeatNames, listClientAssignments } from "@/lib/db/queries/team-board";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import { AssignmentReasoning, type ExplainedAssignment } from "@/components/team/assignment-reasoning";
import { readBreakdown, readRunnersUp, runnerUpSeatIds } from "@/components/team/score-breakdown";

const ACTIVE = new Set<string>(ACTIVE_ASSIGNMENT_STATES);

/**
 * A client's team with the reasoning behind each place: the active assignments (lead first)
 * open, past ones folded away. The caller has already checked the viewer may see the client.
 */
export async function AssignmentExplanation({ organizationId, clientId }: { organizationId: string; clientId: string }) {
  const db = getDb();
  const rows = await listClientAssignments(db, organizationId, clientId);
  if (rows.length === 0) return <p className="text-sm text-slate-500">No seat assigned yet.</p>;
  const names = await getSeatNames(db, organizationId, runnerUpSeatIds(rows.map((r) => r.runnersUp)));
  const explained: ExplainedAssignment[] = rows.map((row) => ({ row, breakdown: readBreakdown(row.scoreBreakdown, row.score), runnersUp: readRunnersUp(row.runnersUp, names) }));
  const active = explained.filter((a) => ACTIVE.has(a.row.state));
  const past = explained.filter((a) => !ACTIVE.has(a.row.state));
  const now = new Date();
  return (
    <div>
      {active.length ? (
        <div className="divide-y divide-slate-100">
          {active.map((a) => <AssignmentReasoning key={a.row.id} assignment={a} now={now} />)}
        </div>
      ) : <p className="text-sm text-slate-500">No seat works this client now.</p>}
      {past.length ? (
        <details className="mt-4 rounded-lg border border-slate-200" data-testid="past-assignments">
          <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50">Earlier assignments ({past.length})</summary>
          <div className="divide-y divide-slate-100 border-t border-slate-200 px-3 py-3">
            {past.map((a) => <AssignmentReasoning key={a.row.id} assignment={a} now={now} />)}
          </div>
        </details>
      ) : null}
    </div>
  );
}
