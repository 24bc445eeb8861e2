import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { stagesFor } from "@/lib/domain/intake/request-input";
import { CLIENT_TYPES, type ClientType } from "@/lib/domain/team/vocabulary";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { RequestForm } from "@/components/requests/request-form";
import { PageHeader, Section } from "@/components/section";

export const metadata: Metadata = { title: "New client request" };

const STAGES_BY_TYPE = Object.fromEntries(CLIENT_TYPES.map((type) => [type, stagesFor(type)])) as Record<ClientType, readonly string[]>;

export default async function NewRequestPage() {
  const viewer = await requireViewer();
  if (!viewerCan(viewer, "requests.create")) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="New client request" subtitle="The coordinator picks the team at once and explains each choice on the client's page." />
      <Section title="Request">
        <RequestForm stagesByType={STAGES_BY_TYPE} externalId={`form-${randomUUID()}`} />
      </Section>
    </div>
  );
}
