/** How fast the team answers new leads, for one seat or the whole team. */
export interface SpeedSummary {
  /** Leads received. */
  count: number;
  /** Leads with a first action. */
  answered: number;
  medianSeconds: number | null;
  /** 90th percentile, nearest-rank. */
  p90Seconds: number | null;
  /** Share 0..1 of the answered leads answered within 5 minutes; 0 when none was answered. */
  within5Minutes: number;
  /** Unanswered leads received more than 5 minutes before now. */
  waitingOver5Minutes: number;
}

/** The speed-to-lead bar: 5 minutes (DOMAIN.md). */
export const SPEED_TO_LEAD_SECONDS = 5 * 60;

/** One lead: who holds it, when it arrived, when someone first acted on it. */
export interface LeadRow {
  seatId: string | null;
  receivedAt: Date;
  firstActionAt: Date | null;
}

/** The median of sorted values; the mean of the two middle ones for an even count. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile of sorted values: the smallest value at or above share `p` of them. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

function summarize(rows: readonly LeadRow[], now: Date): SpeedSummary {
  const seconds: number[] = [];
  let waiting = 0;
  for (const r of rows) {
    if (r.firstActionAt) seconds.push(Math.max(0, (r.firstActionAt.getTime() - r.receivedAt.getTime()) / 1000));
    else if (now.getTime() - r.receivedAt.getTime() > SPEED_TO_LEAD_SECONDS * 1000) waiting++;
  }
  seconds.sort((a, b) => a - b);
  const fast = seconds.filter((s) => s <= SPEED_TO_LEAD_SECONDS).length;
  return {
    count: rows.length,
    answered: seconds.length,
    medianSeconds: median(seconds),
    p90Seconds: percentile(seconds, 0.9),
    within5Minutes: seconds.length ? fast / seconds.length : 0,
    waitingOver5Minutes: waiting,
  };
}

/**
 * Speed to lead for the team and per seat: seconds from a lead's arrival to the first action
 * on it, and how many leads were answered within 5 minutes. Five minutes is the bar because
 * contacting a web lead within 5 minutes instead of 30 gives about 100x the odds of contact
 * and 21x the odds of qualifying (MIT / InsideSales, DOMAIN.md). A first action stamped before
 * the lead arrived (clock skew) counts as 0 s. Leads nobody holds count for the team only.
 */
export function speedToLead(rows: readonly LeadRow[], now: Date): { team: SpeedSummary; perSeat: Map<string, SpeedSummary> } {
  const bySeat = new Map<string, LeadRow[]>();
  for (const r of rows) {
    if (r.seatId === null) continue;
    const list = bySeat.get(r.seatId);
    if (list) list.push(r);
    else bySeat.set(r.seatId, [r]);
  }
  const perSeat = new Map<string, SpeedSummary>();
  for (const [seatId, list] of bySeat) perSeat.set(seatId, summarize(list, now));
  return { team: summarize(rows, now), perSeat };
}

/**
 * A duration in the two largest units that matter: "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h".
 * Rounds to the second and truncates below the second unit; a zero second unit is left out
 * ("42 min", "1 h"). Negative durations read as "0 s".
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`Cannot format a duration of ${seconds} seconds.`);
  const s = Math.max(0, Math.round(seconds));
  const units: [number, string][] = [[86_400, "d"], [3_600, "h"], [60, "min"], [1, "s"]];
  const i = units.findIndex(([size]) => s >= size);
  if (i < 0) return "0 s";
  const [size, name] = units[i]!;
  const whole = Math.floor(s / size);
  const next = units[i + 1];
  const rest = next ? Math.floor((s % size) / next[0]) : 0;
  return rest > 0 && next ? `${whole} ${name} ${rest} ${next[1]}` : `${whole} ${name}`;
}
