import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { hasPostalAddress } from "@/lib/domain/compliance/can-spam";
import { buildEmailFooter } from "@/lib/domain/compliance/email-footer";
import { EMAIL_SENDER, EMAIL_SENDER_SETTING_KEY } from "@/lib/domain/settings/defaults";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { getSettings, putSetting } from "@/lib/db/queries/organizations";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { describeIssues, fail, ok, type Result } from "../result";

export type EmailSenderSetting = typeof EMAIL_SENDER;

/** Blank means "not set". */
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const senderSchema = z.object({
  fromName: z.string({ error: "Sender name: write the name clients see." }).trim().min(1, "Sender name: write the name clients see, such as Jorge Salas Real Estate.").max(100, "Sender name: at most 100 characters."),
  fromAddress: z.preprocess(blankToNull, z.email("Reply address: give an email address such as jorge@salasrealestate.com.").max(254, "Reply address: at most 254 characters.").nullable()),
  postalAddress: z.preprocess(
    blankToNull,
    z.string().trim().max(300, "Postal address: at most 300 characters.")
      .refine(hasPostalAddress, "Postal address: give the street (or P.O. box), city, state and ZIP, such as 123 Main St, Rancho Cucamonga, CA 91730.")
      .nullable(),
  ),
});

/** The team's email sender (name, reply address, postal address), the defaults filling what was never set. */
export async function loadEmailSender(db: Db, organizationId: string): Promise<EmailSenderSetting> {
  const stored = (await getSettings(db, organizationId, [EMAIL_SENDER_SETTING_KEY])).get(EMAIL_SENDER_SETTING_KEY) as Partial<EmailSenderSetting> | undefined;
  return { ...EMAIL_SENDER, ...stored };
}

/** The footer every email will carry with this sender, or why none can be built yet (CAN-SPAM needs the name and postal address). */
export function footerPreview(sender: EmailSenderSetting): { ok: true; text: string } | { ok: false; error: string } {
  return buildEmailFooter(sender, "https://example.com/unsubscribe");
}

/**
 * Saves who the team's emails come from, as CAN-SPAM asks: the sender name, the reply address
 * and the team's physical postal address (refused, saying how, when it is not a full address).
 * Overseer only; audited.
 */
export async function saveEmailSender(db: Db, viewer: ViewerRecord, raw: unknown): Promise<Result<EmailSenderSetting>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change the email sender.");
  const parsed = senderSchema.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const value: EmailSenderSetting = parsed.data;
  await db.transaction(async (tx) => {
    await putSetting(tx, viewer.organizationId, EMAIL_SENDER_SETTING_KEY, value, viewer.email);
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "settings.updated", entityType: "setting", entityId: EMAIL_SENDER_SETTING_KEY, data: { key: EMAIL_SENDER_SETTING_KEY } });
  });
  return ok(value);
}
