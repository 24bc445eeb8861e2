import { CONSTRAINTS, type ConstraintName } from "./constraints";
import { languageName } from "./language";
import { roleLabel } from "./labels";
import type { SeatRequest } from "./seat-request";

/** How a count of seats excluded by each constraint reads after the number. */
function detail(constraint: ConstraintName, req: SeatRequest): string {
  switch (constraint) {
    case "role":
      return "of another role";
    case "presence":
      return "away, offline or on vacation";
    case "capacity":
      return "at capacity";
    case "market":
      return `not covering ${req.market?.name ?? "the market"}`;
    case "language":
      return `not speaking ${languageName(req.language)}`;
    case "consent":
      return "not allowed to contact an opted-out client";
    case "other_side":
      return "on the other side of the deal";
  }
}

/**
 * Why nobody qualified for a place, built from the exclusion counts:
 * "no available buyer specialist speaks Spanish in Fontana (4 buyer specialists: 2 not covering
 * Fontana, 1 not speaking Spanish, 1 away, offline or on vacation)". A seat excluded for several
 * reasons counts under each.
 */
export function noEligibleSeatReason(
  req: SeatRequest,
  roleCount: number,
  counts: Readonly<Partial<Record<ConstraintName, number>>>,
  alreadyOnTeam = 0,
): string {
  const label = roleLabel(req.role);
  const where = req.market ? ` in ${req.market.name}` : "";
  if (roleCount === 0) return `the team has no ${label}`;
  const speaks = req.language !== "en" ? ` speaks ${languageName(req.language)}` : "";
  const parts: string[] = [];
  for (const constraint of CONSTRAINTS) {
    const n = counts[constraint] ?? 0;
    if (n > 0) parts.push(`${n} ${detail(constraint, req)}`);
  }
  if (alreadyOnTeam > 0) parts.push(`${alreadyOnTeam} already on this team`);
  return `no available ${label}${speaks}${where} (${roleCount} ${label}${roleCount === 1 ? "" : "s"}: ${parts.join("; ")})`;
}
