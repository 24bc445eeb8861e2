import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listLiveSessions } from "@/lib/db/queries/users";
import { PasswordForm } from "@/components/account/password-form";
import { SessionList } from "@/components/account/session-list";
import { PageHeader, Section } from "@/components/section";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const viewer = await requireViewer();
  const sessions = await listLiveSessions(getDb(), viewer.organizationId, viewer.userId);
  return (
    <>
      <PageHeader title="Your account" subtitle={`${viewer.name} · ${viewer.email}`} />
      <div className="grid items-start gap-4 lg:grid-cols-2">
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
