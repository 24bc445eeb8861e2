import { can } from "../auth/permissions";

/**
 * How a person stands on a client's team: `forAll` when they may act for every client (Jorge),
 * `onTeam` when their seat holds an accepted place (or forAll), `isLead` when that place is the
 * lead (or forAll), and `place`, their own accepted place if any. Pages and services decide
 * who may post, plan, hand off and assign with this one reading.
 */
export function teamStanding<T extends { seatId: string; teamRole: string; state: string }>(
  viewer: { seatId: string | null; permissions: readonly string[] },
  team: readonly T[],
): { forAll: boolean; onTeam: boolean; isLead: boolean; place: T | undefined } {
  const forAll = can(viewer.permissions, "clients.write_all");
  const place = viewer.seatId ? team.find((t) => t.seatId === viewer.seatId && t.state === "accepted") : undefined;
  return { forAll, onTeam: forAll || place !== undefined, isLead: forAll || place?.teamRole === "lead", place };
}
