import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { EMAIL_SENDER } from "@/lib/domain/settings/defaults";
import { auditLog } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { footerPreview, loadEmailSender, saveEmailSender } from "./email-sender";

describeEachDriver("the team's email sender", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("starts from the defaults, which cannot build a footer until the postal address is set", async () => {
    const sender = await loadEmailSender(db(), fx.organizationId);
    expect(sender).toEqual(EMAIL_SENDER);
    expect(footerPreview(sender)).toMatchObject({ ok: false, error: expect.stringContaining("postal address is not set") });
  });

  it("saves the name, reply address and postal address, audited, and the footer carries them", async () => {
    const input = { fromName: "Jorge Salas Real Estate", fromAddress: "jorge@salas.example", postalAddress: "10808 Foothill Blvd, Rancho Cucamonga, CA 91730" };
    expect(await saveEmailSender(db(), fx.as.jorge, input)).toEqual({ ok: true, data: input });
    const sender = await loadEmailSender(db(), fx.organizationId);
    expect(sender).toEqual(input);
    expect(footerPreview(sender)).toMatchObject({ ok: true, text: expect.stringContaining("10808 Foothill Blvd, Rancho Cucamonga, CA 91730") });
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.organizationId, fx.organizationId), eq(auditLog.entityId, "email.sender")));
    expect(audits).toMatchObject([{ action: "settings.updated", actorId: fx.overseer.id }]);
  });

  it("takes a blank reply or postal address as not set", async () => {
    expect(await saveEmailSender(db(), fx.as.jorge, { fromName: "Jorge Salas Real Estate", fromAddress: " ", postalAddress: "" })).toMatchObject({ ok: true, data: { fromAddress: null, postalAddress: null } });
  });

  it("refuses a partial postal address, a bad reply address, no name and a team member, each saying what to fix", async () => {
    expect(await saveEmailSender(db(), fx.as.jorge, { fromName: "Team", fromAddress: "", postalAddress: "Rancho Cucamonga" })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("street (or P.O. box), city, state and ZIP") });
    expect(await saveEmailSender(db(), fx.as.jorge, { fromName: "Team", fromAddress: "jorge at salas", postalAddress: "" })).toMatchObject({ ok: false, error: expect.stringContaining("Reply address") });
    expect(await saveEmailSender(db(), fx.as.jorge, { fromName: " ", fromAddress: "", postalAddress: "" })).toMatchObject({ ok: false, error: expect.stringContaining("Sender name") });
    expect(await saveEmailSender(db(), fx.as.alice, { fromName: "Team", fromAddress: "", postalAddress: "" })).toMatchObject({ ok: false, status: 403 });
  });
});
