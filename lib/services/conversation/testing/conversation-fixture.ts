import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { assignments, clients, interactions, outboundMessages, seatMarkets, seats } from "@/lib/db/schema";
import { createOutboxFixture } from "../../outbox/testing/outbox-fixture";

let n = 0;

/**
 * The outbox fixture (GoHighLevel connected) with a listing AI seat beside the buyer AI, every
 * seat covering the market, and helpers to add a texting client led by an AI seat, write their
 * messages and read the replies.
 */
export async function createConversationFixture(db: Db) {
  const fx = await createOutboxFixture(db);
  const org = fx.organizationId;
  const [listingAi] = await db.insert(seats).values({ organizationId: org, name: "Listing AI", kind: "ai", role: "listing_specialist", capacity: 50, languages: ["en", "es"] }).returning();
  await db.update(seats).set({ languages: ["en", "es"] }).where(eq(seats.id, fx.aiSeat.id));
  const all = [fx.aliceSeat, fx.bobSeat, fx.carlSeat, fx.aiSeat, fx.jorgeSeat, listingAi!];
  await db.insert(seatMarkets).values(all.map((s) => ({ organizationId: org, seatId: s.id, marketId: fx.market.id })));

  /** A client who agreed to texts, led by an AI seat (accepted at once) unless a lead is given. */
  const client = async (o: { pipeline: "seller" | "buyer"; firstName?: string; lead?: { seatId: string; state: "accepted" | "offered" }; ai?: string }) => {
    const i = n++;
    const [c] = await db
      .insert(clients)
      .values({ organizationId: org, firstName: o.firstName ?? "Rosa", lastName: `Client${i}`, phone: `+1909555${String(1000 + i).slice(-4)}`, ghlContactId: `contact_${i}_${org.slice(0, 6)}`, type: o.pipeline, pipeline: o.pipeline, marketId: fx.market.id, smsConsent: true })
      .returning();
    const aiSeatId = o.ai ?? (o.pipeline === "seller" ? listingAi!.id : fx.aiSeat.id);
    const lead = o.lead ?? { seatId: aiSeatId, state: "accepted" as const };
    const role = o.pipeline === "seller" ? "listing_specialist" : "buyer_specialist";
    await db.insert(assignments).values({ organizationId: org, clientId: c!.id, seatId: lead.seatId, teamRole: "lead", seatRole: role, state: lead.state, respondedAt: lead.state === "accepted" ? new Date() : null, expiresAt: lead.state === "offered" ? new Date(Date.now() + 600_000) : null });
    if (lead.seatId !== aiSeatId) await db.insert(assignments).values({ organizationId: org, clientId: c!.id, seatId: aiSeatId, teamRole: "support", seatRole: role, state: "accepted", respondedAt: new Date() });
    if (lead.state === "accepted") await db.update(clients).set({ ownerSeatId: lead.seatId }).where(eq(clients.id, c!.id));
    return c!;
  };

  /** The client's message, stored as intake stores it. */
  const says = async (clientId: string, body: string, at: Date) => {
    const [row] = await db.insert(interactions).values({ organizationId: org, clientId, channel: "sms", direction: "inbound", body, occurredAt: at }).returning();
    return row!;
  };

  /** The AI replies queued for the client, oldest first. */
  const replies = (clientId: string) => db.select().from(outboundMessages).where(and(eq(outboundMessages.organizationId, org), eq(outboundMessages.clientId, clientId))).orderBy(outboundMessages.createdAt);
  return { ...fx, listingAi: listingAi!, client, says, replies };
}

export type ConversationFixture = Awaited<ReturnType<typeof createConversationFixture>>;
