import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { chainBlockReason } from "@/lib/domain/assignment/fallback-chain";
import { can } from "@/lib/domain/auth/permissions";
import { roleLabel } from "@/lib/domain/routing";
import type { SeatKind, SeatRole } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";
import { loadChainContext } from "./chain-context";

export const declineChoicesSchema = z.object({ assignmentId: z.guid("The offer id must be a UUID") });

/** A teammate the decline form offers to name as the next seat. */
export interface TeammateChoice {
  seatId: string;
  name: string;
  role: SeatRole;
  roleLabel: string;
  kind: SeatKind;
}

/**
 * The teammates who could take an offered place now, for the decline form: every seat that is
 * available, has room, covers the client's market, speaks their language, respects their
 * consent and can hold the place, except the offered seat and the seats the chain already asked.
 * People first, then AI seats, each by name. Only whoever may answer the offer sees the list.
 */
export async function declineChoices(db: Db, viewer: ViewerRecord, input: unknown): Promise<Result<{ teammates: TeammateChoice[] }>> {
  const parsed = declineChoicesSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const forAll = can(viewer.permissions, "clients.write_all");
  if (!forAll && !can(viewer.permissions, "clients.write_own")) return fail(403, "Your role cannot answer offers; ask Jorge for team-member access.");
  const org = viewer.organizationId;
  const [offer] = await db.select().from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.id, parsed.data.assignmentId)));
  if (!offer || (!forAll && offer.seatId !== viewer.seatId)) return fail(404, "No such offer for your seat. It may have gone to someone else; refresh your offers.");
  if (offer.state !== "offered") return fail(409, "This offer is no longer waiting for an answer; refresh your offers.");
  const ctx = await loadChainContext(db, offer);
  const chain = { tried: ctx.tried, seats: ctx.seats, teamRole: ctx.place.teamRole, place: ctx.place, onTeam: ctx.onTeam, supporting: ctx.supporting };
  const teammates = [...ctx.seats.values()]
    .filter((s) => chainBlockReason(chain, s.id) === null)
    .map((s) => ({ seatId: s.id, name: s.name, role: s.role, roleLabel: roleLabel(s.role), kind: s.kind }))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "human" ? -1 : 1));
  return ok({ teammates });
}
