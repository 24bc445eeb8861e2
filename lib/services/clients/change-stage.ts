import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { BUYER_STAGES, SELLER_STAGES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients } from "@/lib/db/schema";
import { requireWholeClient } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";

export const changeStageSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  stage: z.string({ error: "Choose a stage" }).trim().min(1, "Choose a stage").max(40, "Choose a stage from the list"),
});

/** The stages of a pipeline, in order: the seller's and the buyer's differ. */
export function stagesOf(pipeline: string): readonly string[] {
  return pipeline === "seller" ? SELLER_STAGES : BUYER_STAGES;
}

/**
 * Moves a client to another stage of their own pipeline (a buyer never lands on "Listed"), for
 * anyone who works the client, with the move from and to in the audit log.
 */
export async function changeClientStage(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ from: string; to: string }>> {
  const parsed = changeStageSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, stage } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, "No such client among the clients you work.");
    if (!access.ok) return access;
    const [client] = await tx.select({ pipeline: clients.pipeline, stage: clients.stage }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, clientId))).for("update");
    const stages = stagesOf(client!.pipeline);
    if (!stages.includes(stage)) return fail(422, `"${stage}" is not a stage of the ${client!.pipeline} pipeline; choose one of: ${stages.join(", ")}.`);
    if (client!.stage === stage) return fail(409, `The client is already at "${stage}".`);
    await tx.update(clients).set({ stage, updatedAt: now }).where(and(eq(clients.organizationId, org), eq(clients.id, clientId)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "client.stage_changed", entityType: "client", entityId: clientId, data: { pipeline: client!.pipeline, from: client!.stage, to: stage } });
    return ok({ from: client!.stage, to: stage });
  });
}
