import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listOpenOffers, type OpenOffer } from "@/lib/db/queries/offers";
import { listPendingHandoffs, type PendingHandoff } from "@/lib/db/queries/pending-handoffs";
import { listUnreadNotices } from "@/lib/db/queries/seat-notices";
import { HandoffCard } from "@/components/inbox/handoff-card";
import { InboxFlash } from "@/components/inbox/inbox-flash";
import { NoticeList } from "@/components/inbox/notice-list";
import { NoticeReadButton } from "@/components/inbox/notice-read-button";
import { OfferCard } from "@/components/inbox/offer-card";
import { PageHeader, Section } from "@/components/section";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{children}</p>;
}

function Count({ n }: { n: number }) {
  return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold tabular-nums text-slate-700">{n}</span>;
}

function HandoffGroup({ title, items, empty, render }: { title: string; items: PendingHandoff[]; empty: string; render: (h: PendingHandoff) => ReactNode }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold text-slate-700">{title} <Count n={items.length} /></h3>
      {items.length ? <ul className="space-y-4">{items.map(render)}</ul> : <Empty>{empty}</Empty>}
    </div>
  );
}

/**
 * What waits for the signed-in person: their seat's unread notices (a client moved to or away
 * from them and why, reminders, tasks given to them), offers of a place on a client's team and
 * proposed handoffs. A team member sees their own seat's offers, the handoffs to their seat and
 * those they sent; Jorge sees every seat's offers and every proposed handoff, and his own notices.
 */
export default async function InboxPage() {
  const viewer = await requireViewer();
  const forAll = viewerCan(viewer, "clients.write_all");
  if (!forAll && !viewerCan(viewer, "clients.write_own")) notFound();
  const db = getDb();
  const org = viewer.organizationId;
  const [offers, handoffs, { notices, unread }] = await Promise.all([
    forAll ? listOpenOffers(db, org, null) : viewer.seatId ? listOpenOffers(db, org, viewer.seatId) : Promise.resolve([] as OpenOffer[]),
    listPendingHandoffs(db, org, forAll ? {} : { toSeatId: viewer.seatId, proposedByUserId: viewer.userId }),
    listUnreadNotices(db, org, viewer.seatId),
  ]);
  const renderedAt = new Date().toISOString();
  const toMe = (h: PendingHandoff) => viewer.seatId !== null && h.toSeatId === viewer.seatId;
  const waiting = forAll ? handoffs : handoffs.filter(toMe);
  const sent = forAll ? [] : handoffs.filter((h) => !toMe(h));
  const card = (h: PendingHandoff) => {
    const mine = h.proposedByUserId === viewer.userId;
    return <HandoffCard key={h.id} handoff={h} canDecide={forAll || toMe(h)} canCancel={forAll || mine} linkClient={forAll || mine} />;
  };

  return (
    <>
      <PageHeader title="Inbox" subtitle={`${unread} unread ${unread === 1 ? "notice" : "notices"}. ${forAll ? "Every offer and handoff waiting for an answer across the team." : "Offers and handoffs waiting for your answer. Unanswered offers fall back to the next seat when the time runs out."}`} />
      <InboxFlash />
      <div className="space-y-6">
        <Section title="Offers" action={<Count n={offers.length} />}>
          {offers.length ? (
            <ul className="grid gap-4 lg:grid-cols-2" data-testid="offer-list">
              {offers.map((o) => <OfferCard key={o.id} offer={o} showSeat={forAll} renderedAt={renderedAt} />)}
            </ul>
          ) : (
            <Empty>{forAll ? "No offers waiting for anyone right now." : "No offers waiting for you."}</Empty>
          )}
        </Section>
        <Section title="Notices" id="notices" action={
          <span className="flex items-center gap-2">
            <span data-testid="unread-count"><Count n={unread} /><span className="sr-only"> unread</span></span>
            {unread > 1 ? <NoticeReadButton all label="Mark all notices read" /> : null}
          </span>
        }>
          {notices.length ? <NoticeList notices={notices} /> : <Empty>No unread notices. When a client moves to or away from your seat, or a teammate gives you a task, it shows here.</Empty>}
          {unread > notices.length ? <p className="mt-3 text-xs text-slate-600">Showing the newest {notices.length} of {unread} unread.</p> : null}
        </Section>
        <Section title="Handoffs" action={<Count n={handoffs.length} />}>
          {forAll ? (
            <HandoffGroup title="Proposed across the team" items={waiting} empty="No handoffs waiting for an answer." render={card} />
          ) : (
            <div className="space-y-6">
              <HandoffGroup title="Waiting for you" items={waiting} empty="No handoffs waiting for you." render={card} />
              <HandoffGroup title="Sent by you" items={sent} empty="Nothing you sent is waiting for an answer." render={card} />
            </div>
          )}
        </Section>
      </div>
    </>
  );
}
