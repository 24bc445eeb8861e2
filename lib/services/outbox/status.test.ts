import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { clients, outboundMessages } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { applyMessageStatus } from "./status";

const NOW = new Date("2026-12-01T18:00:00Z");
const verdict = { allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] };

describeEachDriver("delivery status from GoHighLevel", ({ db }) => {
  let fx: TeamFixture;
  let n = 0;
  beforeAll(async () => {
    fx = await createTeamFixture(db());
  });
  const sentRow = async (state = "sent") => {
    const messageId = `ghl_status_${n++}`;
    const [row] = await db().insert(outboundMessages).values({ organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, authorKind: "human", channel: "sms", body: "Offer received", idempotencyKey: messageId, verdict, allowed: true, fairHousing: "ok", state, attempts: 1, ghlMessageId: messageId, sentAt: NOW }).returning();
    return row!;
  };
  const apply = (messageId: string, state: "sent" | "delivered" | "failed" | null, error: string | null = null, status: string | null = state) => applyMessageStatus(db(), fx.organizationId, { messageId, state, status, error, at: NOW, sentAt: null }, NOW);
  const row = async (id: string) => (await db().select().from(outboundMessages).where(eq(outboundMessages.id, id)))[0]!;

  it("marks a sent message delivered, once", async () => {
    const m = await sentRow();
    expect(await apply(m.ghlMessageId!, "delivered")).toBe("updated");
    expect(await apply(m.ghlMessageId!, "delivered")).toBe("unchanged");
    expect(await row(m.id)).toMatchObject({ state: "delivered", deliveredAt: NOW });
  });

  it("never moves delivered back, and lets a late delivered receipt win over a failure", async () => {
    const m = await sentRow();
    expect(await apply(m.ghlMessageId!, "failed", "Carrier rejected", "undelivered")).toBe("updated");
    expect(await row(m.id)).toMatchObject({ state: "failed", failedAt: NOW, lastError: "GoHighLevel reported it undelivered: Carrier rejected" });
    expect(await apply(m.ghlMessageId!, "delivered")).toBe("updated");
    for (const s of ["sent", "failed"] as const) expect(await apply(m.ghlMessageId!, s)).toBe("unchanged");
    expect(await row(m.id)).toMatchObject({ state: "delivered", lastError: null });
  });

  it("ignores a status it cannot read and a message it never sent, creating nothing", async () => {
    const m = await sentRow();
    expect(await apply(m.ghlMessageId!, null, null, "mystery")).toBe("unchanged");
    expect((await row(m.id)).state).toBe("sent");
    const before = (await db().select().from(clients).where(eq(clients.organizationId, fx.organizationId))).length;
    expect(await apply("never_sent_here", "delivered")).toBe("unknown_message");
    expect(await db().select().from(clients).where(eq(clients.organizationId, fx.organizationId))).toHaveLength(before);
  });
});
