import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, interactions } from "@/lib/db/schema";
import { requireWholeClient } from "./client-access";
import { describeIssues, fail, ok, type Result } from "./result";

export const addClientNoteSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  body: z.string().trim().min(1, "Write something in the note").max(5000, "A note is at most 5,000 characters"),
});

/**
 * Adds an internal note to a client's timeline. A team member may only write on a client their
 * seat works (owner or accepted place); anyone else's client answers 404 so its existence is not
 * revealed, and a seat holding only a pending offer is told to accept it first.
 */
export async function addClientNote(db: Db, viewer: ViewerRecord, input: unknown): Promise<Result<{ id: string }>> {
  const parsed = addClientNoteSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, body } = parsed.data;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, "No such client among the clients you can see.");
    if (!access.ok) return access;
    const [note] = await tx
      .insert(interactions)
      .values({ organizationId: viewer.organizationId, clientId, seatId: viewer.seatId, channel: "note", direction: "internal", body })
      .returning({ id: interactions.id });
    await tx.update(clients).set({ updatedAt: new Date() }).where(and(eq(clients.organizationId, viewer.organizationId), eq(clients.id, clientId)));
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "client.note_added", entityType: "client", entityId: clientId, data: { interactionId: note!.id } });
    return ok({ id: note!.id });
  });
}
