import { DEFAULT_ROLE_PERMISSIONS } from "../../domain/auth/permissions";
import type { Db } from "../client";
import type { ViewerRecord } from "../queries/users";
import { assignments, seats, users } from "../schema";
import { createTeamFixture } from "./fixtures";

/**
 * The team fixture grown for coordination tests: Alice and Bob each lead their own client (an
 * accepted lead assignment that matches the owner), plus Carl (a human buyer specialist), an AI
 * buyer specialist, and Jorge's overseer seat at the end of every fallback chain.
 */
export async function createCoordinationFixture(db: Db) {
  const fx = await createTeamFixture(db);
  const org = fx.organizationId;
  const [carl] = await db.insert(users).values({ organizationId: org, email: `carl-${fx.market.id.slice(0, 8)}@example.com`, name: "Carl Closer", role: "agent", passwordHash: "x" }).returning();
  const [carlSeat, aiSeat, jorgeSeat] = await db
    .insert(seats)
    .values([
      { organizationId: org, name: "Carl Closer", kind: "human", role: "buyer_specialist", capacity: 10, userId: carl!.id },
      { organizationId: org, name: "Buyer AI", kind: "ai", role: "buyer_specialist", capacity: 50 },
      { organizationId: org, name: "Jorge Salas", kind: "human", role: "overseer", capacity: 25, userId: fx.overseer.id },
    ])
    .returning();
  const leads = await db
    .insert(assignments)
    .values([
      { organizationId: org, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: new Date() },
      { organizationId: org, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, teamRole: "lead", seatRole: "listing_specialist", state: "accepted", respondedAt: new Date() },
    ])
    .returning();
  const viewer = (user: { id: string; name: string; email: string; role: string }, seatId: string | null): ViewerRecord => ({
    userId: user.id, organizationId: org, name: user.name, email: user.email, role: user.role, seatId,
    permissions: [...DEFAULT_ROLE_PERMISSIONS[user.role as keyof typeof DEFAULT_ROLE_PERMISSIONS]],
  });
  return {
    ...fx, carl: carl!, carlSeat: carlSeat!, aiSeat: aiSeat!, jorgeSeat: jorgeSeat!, leads,
    as: {
      alice: viewer(fx.alice, fx.aliceSeat.id), bob: viewer(fx.bob, fx.bobSeat.id), carl: viewer(carl!, carlSeat!.id), jorge: viewer(fx.overseer, jorgeSeat!.id),
    },
  };
}

export type CoordinationFixture = Awaited<ReturnType<typeof createCoordinationFixture>>;

/** A pending offer straight in the table, as intake would leave it, with its fallback chain. */
export async function insertOffer(db: Db, fx: CoordinationFixture, o: { clientId: string; seatId: string; teamRole?: "lead" | "support"; runnersUp?: string[]; expiresAt: Date; offeredAt?: Date }) {
  const [row] = await db
    .insert(assignments)
    .values({
      organizationId: fx.organizationId, clientId: o.clientId, seatId: o.seatId, teamRole: o.teamRole ?? "lead", seatRole: "buyer_specialist", state: "offered",
      offeredAt: o.offeredAt ?? new Date(o.expiresAt.getTime() - 120_000), expiresAt: o.expiresAt, runnersUp: (o.runnersUp ?? []).map((seatId, i) => ({ seatId, score: 0.8 - i * 0.1 })),
    })
    .returning();
  return row!;
}
