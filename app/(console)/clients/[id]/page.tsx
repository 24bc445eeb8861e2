import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { satisfactionSignal } from "@/lib/domain/satisfaction/satisfaction-signal";
import { loadClientPage } from "@/lib/db/queries/client-page";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { AssignmentExplanation } from "@/components/clients/assignment-explanation";
import { FindTeamButton } from "@/components/clients/find-team-button";
import { NoteForm } from "@/components/clients/note-form";
import { OfferPreviewCard } from "@/components/clients/offer-preview-card";
import { QualificationList } from "@/components/clients/qualification-list";
import { TemperatureBadge } from "@/components/clients/temperature-badge";
import { CoordinationTimeline } from "@/components/clients/coordination-timeline";
import { TeamPanel } from "@/components/clients/team-panel";
import { TeamThread } from "@/components/clients/team-thread";
import { teamStanding } from "@/lib/domain/team/standing";
import { DossierView } from "@/components/handoff/dossier-view";
import { dateTime, fullName, humanize, money } from "@/components/format";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Client" };

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{value ?? "—"}</dd>
    </div>
  );
}

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = z.guid().safeParse((await params).id);
  if (!id.success) notFound();
  const data = await loadClientPage(getDb(), viewer, id.data);
  if (!data) notFound();
  if (data.view === "preview") {
    return (
      <>
        <Link href="/inbox" className="text-sm text-brand-600 hover:underline">← Inbox</Link>
        <div className="mt-2"><OfferPreviewCard preview={data.preview} renderedAt={new Date().toISOString()} /></div>
      </>
    );
  }
  const { client, marketName, ownerName, leadHeld, evidence, timeline, team, seatOptions, thread, dossier } = data;
  const satisfaction = satisfactionSignal(evidence);
  const canRoute = !leadHeld && client.stage !== "Closed" && client.stage !== "Lost";
  const canWrite = viewerCan(viewer, "clients.write_own") || viewerCan(viewer, "clients.write_all");
  const { forAll, isLead, onTeam } = teamStanding(viewer, team);

  return (
    <>
      <Link href="/clients" className="text-sm text-brand-600 hover:underline">← Clients</Link>
      <div className="mb-6 mt-2 flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 break-words text-2xl font-bold text-slate-900">{fullName(client)}</h1>
        <TemperatureBadge temperature={client.temperature} score={client.leadScore} />
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{humanize(client.pipeline)} · {client.stage}</span>
        {client.optedOutAt ? <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700">Opted out {dateTime(client.optedOutAt)}</span> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-1">
          <Section title="Profile">
            <dl className="grid grid-cols-2 gap-3">
              <Field label="Type" value={humanize(client.type)} />
              <Field label="Market" value={marketName} />
              <Field label="Owner seat" value={ownerName ?? "Unassigned"} />
              <Field label="Language" value={client.language.toUpperCase()} />
              <Field label="Email" value={client.email} />
              <Field label="Phone" value={client.phone} />
              <Field label={client.pipeline === "seller" ? "Price expectation" : "Budget"} value={client.pipeline === "seller" ? money(client.priceExpectation) : `${money(client.budgetMin)} – ${money(client.budgetMax)}`} />
              <Field label="Pre-approved" value={client.preApproved ? money(client.preApprovalAmount) : "No"} />
              <Field label="Timeline" value={client.timelineDays ? `${client.timelineDays} days` : null} />
              <Field label="Consent" value={`${client.smsConsent ? "SMS" : "no SMS"}, ${client.emailConsent ? "email" : "no email"}`} />
              <Field label="Satisfaction, 90 days" value={satisfaction.score === null ? "No messages yet" : `${Math.round(satisfaction.score * 100)}%: ${satisfaction.explanation}`} />
            </dl>
            {client.tags.length ? <p className="mt-3 flex flex-wrap gap-1">{client.tags.map((t) => <span key={t} className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{t}</span>)}</p> : null}
          </Section>
          <Section title="Qualification">
            <QualificationList qualification={(client.qualification ?? {}) as Record<string, unknown>} />
          </Section>
          <Section title="Team">
            <AssignmentExplanation organizationId={viewer.organizationId} clientId={client.id} />
            {viewerCan(viewer, "requests.create") ? <FindTeamButton clientId={client.id} available={canRoute} /> : null}
            {canWrite ? (
              <div className="mt-4">
                <TeamPanel clientId={client.id} team={team} seats={seatOptions} viewerSeatId={viewer.seatId} isOwner={client.ownerSeatId !== null && client.ownerSeatId === viewer.seatId} isLead={isLead} forAll={forAll} hasLead={team.some((t) => t.teamRole === "lead" && t.state === "accepted")} />
              </div>
            ) : null}
          </Section>
          <Section title="Team thread">
            <TeamThread clientId={client.id} messages={thread} canPost={canWrite && onTeam} canPlan={canWrite && isLead} />
          </Section>
        </div>
        <div className="space-y-4 lg:col-span-2">
          {dossier.transactions.map((d) => (
            <Section key={`${d.address}:${d.acceptanceDate}`} title={`Transaction · ${humanize(d.side)} side`}>
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                <Field label="Property" value={d.address} />
                <Field label="Price" value={money(d.price)} />
                <Field label="Accepted" value={d.acceptanceDate} />
                <Field label="Close of escrow" value={d.closeOfEscrowDate} />
              </dl>
            </Section>
          ))}
          {dossier.openPromises.length ? (
            <Section title="Open tasks">
              <ul className="space-y-1 text-sm">{dossier.openPromises.map((t, i) => <li key={i} className="flex justify-between gap-2"><span>{t.title}</span><span className={`shrink-0 text-xs ${t.overdue ? "text-red-700" : "text-slate-500"}`}>{dateTime(t.dueAt)}</span></li>)}</ul>
            </Section>
          ) : null}
          <Section title="Dossier">
            <details data-testid="client-dossier">
              <summary className="cursor-pointer text-sm text-brand-700">Show the dossier a receiving seat gets in a handoff</summary>
              <div className="mt-3"><DossierView dossier={dossier} /></div>
            </details>
          </Section>
          <Section title="Timeline">
            {canWrite ? <div className="mb-4"><NoteForm clientId={client.id} /></div> : null}
            <CoordinationTimeline entries={timeline} />
          </Section>
        </div>
      </div>
    </>
  );
}
