import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Presence } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";

/** The presences a person chooses; offline is what signing out or a disabled account means. */
export const CHOSEN_PRESENCES = ["available", "away", "vacation"] as const satisfies readonly Presence[];

/** What someone without a seat of their own hears. */
export const NO_SEAT = "Your account holds no seat on the team, so it has no presence to set.";

const WORDS: Record<(typeof CHOSEN_PRESENCES)[number], string> = { available: "is available", away: "is away", vacation: "is on vacation" };

const presenceSchema = z.object({
  presence: z.enum(CHOSEN_PRESENCES, "Choose available, away or vacation (offline follows from signing out)"),
});

/**
 * Sets the presence of the viewer's own seat: available (routing may offer it clients again),
 * away or vacation (routing passes it by). Written with an audit entry and announced live, so
 * the team board shows it at once; choosing the presence the seat already has changes nothing.
 */
export async function setPresence(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ presence: string; changed: boolean }>> {
  const parsed = presenceSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const seatId = viewer.seatId;
  if (!seatId || !(can(viewer.permissions, "clients.write_own") || can(viewer.permissions, "clients.write_all"))) return fail(403, NO_SEAT);
  const { presence } = parsed.data;
  return db.transaction(async (tx) => {
    const [seat] = await tx.select({ presence: seats.presence, name: seats.name }).from(seats).where(and(eq(seats.organizationId, viewer.organizationId), eq(seats.id, seatId))).for("update");
    if (!seat) return fail(403, NO_SEAT);
    if (seat.presence === presence) return ok({ presence, changed: false });
    await tx.update(seats).set({ presence }).where(and(eq(seats.organizationId, viewer.organizationId), eq(seats.id, seatId)));
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "seat.presence_changed", entityType: "seat", entityId: seatId, data: { from: seat.presence, to: presence } });
    await publishEvent(tx, { type: "seat.presence", organizationId: viewer.organizationId, clientId: null, seatIds: [seatId], summary: `${seat.name} ${WORDS[presence]}.`, at: now });
    return ok({ presence, changed: true });
  });
}
