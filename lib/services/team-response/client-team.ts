import { can } from "@/lib/domain/auth/permissions";
import type { TeamSeat } from "@/lib/db/queries/client-team";
import type { ViewerRecord } from "@/lib/db/queries/users";

export { getClientTeam as clientTeam, type TeamSeat } from "@/lib/db/queries/client-team";

/** How the viewer stands on a client's team: a member, its accepted lead, or the overseer acting for everyone. */
export function standing(viewer: ViewerRecord, team: readonly TeamSeat[]): { onTeam: boolean; isLead: boolean; forAll: boolean } {
  const forAll = can(viewer.permissions, "clients.write_all");
  const mine = team.filter((t) => t.seatId === viewer.seatId && t.state === "accepted");
  return { onTeam: forAll || mine.length > 0, isLead: forAll || mine.some((t) => t.teamRole === "lead"), forAll };
}
