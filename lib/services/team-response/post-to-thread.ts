import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, threadMessages } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";
import { teamStanding } from "@/lib/domain/team/standing";
import { getClientTeam } from "@/lib/db/queries/client-team";
import { requireWholeClient } from "../client-access";

const NOT_ON_TEAM = "No such client on your team. Only seats working this client can post on its thread.";

export const threadPostSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  kind: z.enum(["note", "reply_plan"], { error: "kind must be note or reply_plan" }),
  body: z.string().trim().min(1, "Write something first").max(4000, "A thread message is at most 4,000 characters"),
});

/**
 * Posts on a client's shared team thread. Any seat working the client may add a note; only the
 * lead (or Jorge) sets the reply plan, the one answer the client will hear, so supporters'
 * input goes through the lead and the client hears one voice. A seat holding only a pending
 * offer is told to accept it first.
 */
export async function postToThread(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string }>> {
  const parsed = threadPostSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, kind, body } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, NOT_ON_TEAM);
    if (!access.ok) return access;
    const [client] = await tx.select({ id: clients.id, first: clients.firstName }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, clientId)));
    const team = client ? await getClientTeam(tx, org, clientId) : [];
    const me = teamStanding(viewer, team);
    if (!client || !me.onTeam) return fail(404, NOT_ON_TEAM);
    if (kind === "reply_plan" && !me.isLead) return fail(403, "Only the lead seat sets the reply plan; post a note and the lead will fold it in.");
    const [row] = await tx.insert(threadMessages).values({ organizationId: org, clientId, seatId: viewer.seatId, authorUserId: viewer.userId, kind, body, createdAt: now }).returning({ id: threadMessages.id });
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: `thread.${kind}`, entityType: "client", entityId: clientId, data: { messageId: row!.id } });
    await publishEvent(tx, { type: "thread.posted", organizationId: org, clientId, seatIds: team.map((t) => t.seatId), summary: `${viewer.name} ${kind === "reply_plan" ? "set the reply plan" : "posted on the team thread"} for ${client.first}` });
    return ok({ id: row!.id });
  });
}
