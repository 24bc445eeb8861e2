import type { Tx } from "@/lib/db/client";
import { seatNotices } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import type { NOTICE_KINDS } from "@/lib/domain/team/vocabulary";

export interface SeatNotice {
  organizationId: string;
  seatId: string;
  clientId?: string | null;
  kind: (typeof NOTICE_KINDS)[number];
  /** One sentence the seat reads: what happened and why. */
  body: string;
  href?: string | null;
  at: Date;
}

/**
 * Tells a seat something it did not ask for, inside the caller's transaction: a row the seat's
 * inbox lists until read, and a live event so an open console shows it at once.
 */
export async function notifySeat(tx: Tx, notice: SeatNotice): Promise<void> {
  const body = notice.body.trim().slice(0, 2000);
  await tx.insert(seatNotices).values({
    organizationId: notice.organizationId,
    seatId: notice.seatId,
    clientId: notice.clientId ?? null,
    kind: notice.kind,
    body,
    href: notice.href ?? null,
    createdAt: notice.at,
  });
  await publishEvent(tx, { type: "seat.notice", organizationId: notice.organizationId, clientId: notice.clientId ?? null, seatIds: [notice.seatId], summary: body, at: notice.at });
}
