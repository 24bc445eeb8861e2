/**
 * How fast the team answers new leads, for one seat or the whole team. Every figure counts a
 * defined set of the leads received: answered ones (the durations), and the ones the 5-minute bar
 * is decided for (answered, or waiting longer than 5 minutes), so a lead still waiting at 7
 * minutes counts against the share and a lead 2 minutes old counts for nothing yet.
 */
export interface SpeedSummary {
  /** Leads received in the period. */
  received: number;
  /** Leads that got a first message or call. */
  answered: number;
  /** Answered within 5 minutes of arriving. */
  answeredWithin5Minutes: number;
  /** Not answered and received more than 5 minutes ago: already past the bar. */
  waitingOver5Minutes: number;
  /** Not answered and still inside their first 5 minutes: not counted in the share yet. */
  waitingUnder5Minutes: number;
  /** Leads the bar is decided for: answered, or waiting over 5 minutes. */
  decided: number;
  /** Share 0..1 of the decided leads answered within 5 minutes; null when none is decided. */
  within5MinutesShare: number | null;
  /** Median seconds to the first contact, over the answered leads. */
  medianSeconds: number | null;
  /** 90th percentile over the answered leads, nearest-rank. */
  p90Seconds: number | null;
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
  let waitingOver = 0;
  for (const r of rows) {
    if (r.firstActionAt) seconds.push(Math.max(0, (r.firstActionAt.getTime() - r.receivedAt.getTime()) / 1000));
    else if (now.getTime() - r.receivedAt.getTime() > SPEED_TO_LEAD_SECONDS * 1000) waitingOver++;
  }
  seconds.sort((a, b) => a - b);
  const fast = seconds.filter((s) => s <= SPEED_TO_LEAD_SECONDS).length;
  const decided = seconds.length + waitingOver;
  return {
    received: rows.length,
    answered: seconds.length,
    answeredWithin5Minutes: fast,
    waitingOver5Minutes: waitingOver,
    waitingUnder5Minutes: rows.length - decided,
    decided,
    within5MinutesShare: decided ? fast / decided : null,
    medianSeconds: median(seconds),
    p90Seconds: percentile(seconds, 0.9),
  };
}

/**
 * Speed to lead for the team and per seat: seconds from a lead's arrival to the first action
 * on it, and the share of leads answered within 5 minutes among those the bar is decided for. Five minutes is the bar because
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
