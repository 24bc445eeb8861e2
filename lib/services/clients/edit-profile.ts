import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients } from "@/lib/db/schema";
import { requireWholeClient } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";
import { profileSchema } from "./profile-input";

const dateWords = (d: Date) => d.toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "America/Los_Angeles" });

/**
 * Saves a client's profile for anyone who works the client. A seller's form carries the price
 * they expect, a buyer's the budget; the other is left as it was. The client must stay reachable
 * (an email, a phone or a CRM contact), a pre-approval amount counts only when pre-approved, and
 * a client who opted out of texts cannot be opted back in from here: only the client can, by
 * texting START. The audit entry names the fields that changed, not their values.
 */
export async function editClientProfile(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ changed: string[] }>> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const p = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, p.clientId, "No such client among the clients you work.");
    if (!access.ok) return access;
    const [client] = await tx.select().from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, p.clientId))).for("update");
    if (!p.email && !p.phone && !client!.ghlContactId) return fail(422, "Keep an email or a phone number: the team needs a way to reach the client.");
    if (p.smsConsent && !client!.smsConsent && client!.optedOutAt) return fail(422, `The client opted out of texts on ${dateWords(client!.optedOutAt)}; only the client can opt back in, by texting START.`);
    const money = client!.pipeline === "seller" ? { priceExpectation: p.price } : { budgetMin: p.budget.min, budgetMax: p.budget.max };
    const next = {
      firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone, propertyAddress: p.propertyAddress, city: p.city, postalCode: p.postalCode,
      language: p.language, timeZone: p.timeZone, timelineDays: p.timelineDays, preApproved: p.preApproved, preApprovalAmount: p.preApproved ? p.preApprovalAmount : null,
      smsConsent: p.smsConsent, emailConsent: p.emailConsent, ...money,
    };
    const changed = Object.entries(next).filter(([key, value]) => client![key as keyof typeof next] !== value).map(([key]) => key);
    if (changed.length === 0) return ok({ changed });
    await tx.update(clients).set({ ...next, updatedAt: now }).where(and(eq(clients.organizationId, org), eq(clients.id, p.clientId)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "client.profile_edited", entityType: "client", entityId: p.clientId, data: { fields: changed } });
    return ok({ changed });
  });
}
