import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { CONTACT_OUTCOME_LABELS } from "@/lib/domain/appointments/appointment-words";
import { CONTACT_OUTCOMES, type ContactOutcome } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, interactions } from "@/lib/db/schema";
import { requireWholeClient } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";

/** How a meeting can end: the rest (voicemail, no answer, wrong number) only happen on the phone. */
const MEETING_OUTCOMES: readonly ContactOutcome[] = ["connected", "appointment_set", "not_interested"];

export const logContactSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  channel: z.enum(["call", "meeting"], { error: "Say whether it was a call or a meeting" }),
  direction: z.enum(["outbound", "inbound"], { error: "Say who called: you, or the client" }).optional().default("outbound"),
  outcome: z.enum(CONTACT_OUTCOMES, { error: "Choose how it ended" }),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters").optional().transform((v) => v || null),
}).refine((c) => c.channel === "call" || MEETING_OUTCOMES.includes(c.outcome), { path: ["outcome"], message: "A meeting ends connected, with an appointment set, or not interested; the other outcomes are for calls" });

/**
 * Logs a call or meeting the signed-in person had with a client, with how it ended and a short
 * note, on the timeline as an interaction of their seat. A call the seat made counts as the
 * team's contact (speed to lead reads it). A conversation (connected, appointment set) counts as
 * productive and "not interested" as unproductive; an unanswered call is no exchange at all.
 */
export async function logContact(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string }>> {
  const parsed = logContactSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, channel, direction, outcome, note } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, "No such client among the clients you work.");
    if (!access.ok) return access;
    if (!viewer.seatId) return fail(422, "Your account has no seat, and calls and meetings are logged on a seat; ask Jorge to give you one.");
    const productive = outcome === "connected" || outcome === "appointment_set" ? true : outcome === "not_interested" ? false : null;
    const [row] = await tx
      .insert(interactions)
      .values({ organizationId: org, clientId, seatId: viewer.seatId, channel, direction, outcome, body: note ?? CONTACT_OUTCOME_LABELS[outcome], occurredAt: now, productive })
      .returning({ id: interactions.id });
    await tx.update(clients).set({ updatedAt: now }).where(and(eq(clients.organizationId, org), eq(clients.id, clientId)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "client.contact_logged", entityType: "client", entityId: clientId, data: { interactionId: row!.id, channel, direction, outcome } });
    return ok({ id: row!.id });
  });
}
