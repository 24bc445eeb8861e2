import { z } from "zod";
import { SEVERITIES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { requireWholeClient } from "../client-access";
import { openEscalation } from "../escalations/open-escalation";
import { loadRoutingSettings } from "../intake/routing-settings";
import { describeIssues, fail, ok, type Result } from "../result";

export const escalateByHandSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  severity: z.enum(SEVERITIES, { error: "Choose how urgent it is: critical, high, medium or low" }),
  reason: z.string({ error: "Say why Jorge is needed" }).trim().min(10, "Say in a sentence why Jorge is needed (10 characters or more)").max(1000, "Keep the reason under 1,000 characters"),
});

const minutesInWords = (m: number) => (m % 60 === 0 ? `${m / 60} h` : `${m} min`);

/**
 * A team member brings a client to Jorge by hand, with a reason and a severity: an escalation
 * with the acknowledge and resolve deadlines of that severity, raised as a request for a person
 * (Jorge). When the client already has an open one of that kind, the reason is added to it as a
 * note instead, so his inbox holds one item per client and cause.
 */
export async function escalateByHand(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ escalationId: string; created: boolean; message: string }>> {
  const parsed = escalateByHandSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, severity, reason } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, "No such client among the clients you work.");
    if (!access.ok) return access;
    const { escalationSla } = await loadRoutingSettings(tx, org);
    const summary = `${viewer.name} asks for Jorge: ${reason}`;
    const opened = await openEscalation(tx, { organizationId: org, clientId, seatId: viewer.seatId, trigger: "human_requested", severity, summary, evidence: { raisedBy: { userId: viewer.userId, name: viewer.name }, reason } }, escalationSla, now);
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "client.escalated_by_hand", entityType: "client", entityId: clientId, data: { escalationId: opened.id, severity, created: opened.created } });
    const message = opened.created
      ? `Sent to Jorge as ${severity}: he acknowledges within ${minutesInWords(escalationSla[severity].ackMinutes)}.`
      : "Jorge already has an open escalation on this client asking for him; your reason was added to it as a note.";
    return ok({ escalationId: opened.id, created: opened.created, message });
  });
}
