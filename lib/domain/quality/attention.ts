import type { QualityReport } from "./report";

/** A seat's row of the team table: who, their report, and their corrective actions still open. */
export interface SeatRow {
  seatId: string;
  name: string;
  report: QualityReport;
  openActions: number;
  dueActions: number;
  paused: boolean;
}

/**
 * Sorts seats so the one needing attention comes first: the largest share of blocked messages
 * (a block is a message that would have broken a rule), then of warned ones, then the lowest
 * rubric adherence, then the slowest 90th-percentile reply, then follow-ups due, then the name.
 * Seats that sent nothing through the outbox in the period come after the others (in the same
 * order), since there is no message of theirs to judge.
 */
export function byAttention(rows: readonly SeatRow[]): SeatRow[] {
  const keys = (r: SeatRow): number[] => [
    -(r.report.blockedShare ?? 0),
    -(r.report.warnedShare ?? 0),
    r.report.adherence ?? 1,
    -(r.report.replyP90Seconds ?? 0),
    -r.dueActions,
  ];
  return [...rows].sort((a, b) => {
    const quietA = a.report.reviewed === 0;
    const quietB = b.report.reviewed === 0;
    if (quietA !== quietB) return quietA ? 1 : -1;
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.name.localeCompare(b.name);
  });
}

/** Why a seat sits where it does in the table, in a few words ("3 blocked", "adherence 72%"), or null when nothing stands out. */
export function attentionReason(row: SeatRow): string | null {
  const r = row.report;
  if (r.blocked > 0) return `${r.blocked} blocked`;
  if (r.warned > 0) return `${r.warned} warned`;
  if (r.adherence !== null && r.adherence < 0.9) return `adherence ${Math.round(r.adherence * 100)}%`;
  if (row.dueActions > 0) return `${row.dueActions} follow-up${row.dueActions === 1 ? "" : "s"} due`;
  return null;
}
