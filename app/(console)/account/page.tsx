import type { Metadata } from "next";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getSeatPresence } from "@/lib/db/queries/team-board";
import { listLiveSessions } from "@/lib/db/queries/users";
import { PasswordForm } from "@/components/account/password-form";
import { SessionList } from "@/components/account/session-list";
import { PresenceControl } from "@/components/team/presence-control";
import { PageHeader, Section } from "@/components/section";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const viewer = await requireViewer();
  const db = getDb();
  const canSetPresence = viewer.seatId !== null && (viewerCan(viewer, "clients.write_own") || viewerCan(viewer, "clients.write_all"));
  const [sessions, presence] = await Promise.all([
    listLiveSessions(db, viewer.organizationId, viewer.userId),
    canSetPresence ? getSeatPresence(db, viewer.organizationId, viewer.seatId!) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader title="Your account" subtitle={`${viewer.name} · ${viewer.email}`} />
      <div className="grid items-start gap-4 lg:grid-cols-2">
        {presence ? (
          <Section title="Presence" className="lg:col-span-2">
            <div className="max-w-xl"><PresenceControl presence={presence} /></div>
          </Section>
        ) : null}
        <Section title="Change password">
          <PasswordForm />
        </Section>
        <Section title="Where you are signed in">
          <SessionList sessions={sessions} currentId={viewer.sessionId} />
        </Section>
      </div>
    </>
  );
}
