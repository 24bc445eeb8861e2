import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { clients, seatNotices } from "../schema";

/** How many unread notices the inbox lists at once; the count still tells the whole number. */
export const NOTICE_PAGE_SIZE = 50;

/**
 * A seat's unread notices, newest first, with the client each one is about, and the total
 * unread, in two queries on the seat_notices_seat_time index. A viewer without a seat has none.
 */
export async function listUnreadNotices(db: Db, organizationId: string, seatId: string | null, limit = NOTICE_PAGE_SIZE) {
  if (!seatId) return { notices: [], unread: 0 };
  const unread = and(eq(seatNotices.organizationId, organizationId), eq(seatNotices.seatId, seatId), isNull(seatNotices.readAt));
  const [notices, [total]] = await Promise.all([
    db
      .select({ id: seatNotices.id, kind: seatNotices.kind, body: seatNotices.body, href: seatNotices.href, clientId: seatNotices.clientId, createdAt: seatNotices.createdAt, clientFirst: clients.firstName, clientLast: clients.lastName })
      .from(seatNotices)
      .leftJoin(clients, and(eq(clients.organizationId, seatNotices.organizationId), eq(clients.id, seatNotices.clientId)))
      .where(unread)
      .orderBy(desc(seatNotices.createdAt), desc(seatNotices.id))
      .limit(limit),
    db.select({ n: count() }).from(seatNotices).where(unread),
  ]);
  return {
    notices: notices.map(({ clientFirst, clientLast, ...n }) => ({ ...n, clientName: clientFirst === null ? null : `${clientFirst} ${clientLast ?? ""}`.trim() })),
    unread: total?.n ?? 0,
  };
}

export type UnreadNotice = Awaited<ReturnType<typeof listUnreadNotices>>["notices"][number];
