/**
 * Which seats carry too many clients and which too few, judged by utilization: the clients a
 * seat holds divided by its capacity.
 */

export interface SeatUtilization {
  id: string;
  capacity: number;
  /** Clients the seat holds now, movable or not. */
  load: number;
}

export interface ImbalanceThresholds {
  /** A seat is overloaded when load / capacity is strictly above this. */
  overloaded: number;
  /** A seat is idle when load / capacity is at or below this. */
  idle: number;
}

/**
 * Overloaded means strictly above 100%: a full seat is working as planned, but a seat holding
 * more clients than its capacity (capacity lowered, clients added by hand) has to shed some.
 * Idle means at or below 30%: a seat using less than a third of its room can absorb work.
 */
export const DEFAULT_IMBALANCE_THRESHOLDS: ImbalanceThresholds = { overloaded: 1, idle: 0.3 };

export interface Imbalance {
  overloaded: string[];
  idle: string[];
}

/**
 * Lists overloaded and idle seats, in input order. With the default thresholds a seat is
 * overloaded when load > capacity and idle when load <= 0.3 * capacity; pass e.g.
 * `{ overloaded: 0.9 }` to warn before seats are full. A seat with capacity 0 is overloaded
 * when it holds anyone and is never idle, since it is not meant to take clients.
 */
export function detectImbalance(
  seats: readonly SeatUtilization[],
  thresholds: Partial<ImbalanceThresholds> = {},
): Imbalance {
  const { overloaded, idle } = { ...DEFAULT_IMBALANCE_THRESHOLDS, ...thresholds };
  const result: Imbalance = { overloaded: [], idle: [] };
  for (const seat of seats) {
    if (seat.capacity <= 0) {
      if (seat.load > 0) result.overloaded.push(seat.id);
      continue;
    }
    const utilization = seat.load / seat.capacity;
    if (utilization > overloaded) result.overloaded.push(seat.id);
    else if (utilization <= idle) result.idle.push(seat.id);
  }
  return result;
}
