import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { satisfactionSignal } from "@/lib/domain/satisfaction/satisfaction-signal";
import { loadClientPage, type WholeClientPage } from "@/lib/db/queries/client-page";
import { requireViewer, viewerCan, type Viewer } from "@/lib/auth/viewer";
import { appointmentLine, zoneAbbreviation } from "@/lib/domain/appointments/appointment-words";
import { instantToWallTime } from "@/lib/domain/appointments/wall-time";
import type { AppointmentKind } from "@/lib/domain/team/vocabulary";
import { stagesOf } from "@/lib/services/clients/change-stage";
import { ClientAppointments } from "@/components/appointments/client-appointments";
import { AssignmentExplanation } from "@/components/clients/assignment-explanation";
import { FindTeamButton } from "@/components/clients/find-team-button";
import { NoteForm } from "@/components/clients/note-form";
import { OfferPreviewCard } from "@/components/clients/offer-preview-card";
import { QualificationList } from "@/components/clients/qualification-list";
import { TemperatureBadge } from "@/components/clients/temperature-badge";
import { CoordinationTimeline } from "@/components/clients/coordination-timeline";
import { TeamPanel } from "@/components/clients/team-panel";
import { TeamThread } from "@/components/clients/team-thread";
import { ComposePanel } from "@/components/messages/compose-panel";
import { ContactLinks } from "@/components/client-profile/contact-links";
import { ProfileFacts } from "@/components/client-profile/profile-facts";
import { ProfileForm } from "@/components/client-profile/profile-form";
import { WorkPanel } from "@/components/client-profile/work-panel";
import { teamStanding } from "@/lib/domain/team/standing";
import { DossierView } from "@/components/handoff/dossier-view";
import { ClientTasks } from "@/components/tasks/client-tasks";
import { calendarDate, dateTime, fullName, humanize, money } from "@/components/format";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Client" };

/** Whose calendars the viewer may book on: their own seat, and for Jorge every seat working the client (its owner and accepted places). */
function bookingSeats(viewer: Viewer, data: WholeClientPage, forAll: boolean) {
  const own = data.seatOptions.find((s) => s.id === viewer.seatId);
  const owner = data.seatOptions.find((s) => s.id === data.client.ownerSeatId);
  const team = forAll ? [...(owner ? [{ id: owner.id, name: owner.name }] : []), ...data.team.filter((t) => t.state === "accepted").map((t) => ({ id: t.seatId, name: t.name }))] : [];
  const others = [...new Map(team.filter((t) => t.id !== own?.id).map((t) => [t.id, t])).values()];
  return [...(own ? [{ id: own.id, name: `${own.name} (you)` }] : []), ...others];
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
  const { client, marketName, ownerName, leadHeld, evidence, timeline, team, seatOptions, thread, dossier, appointments } = data;
  const now = new Date();
  const satisfaction = satisfactionSignal(evidence);
  const canRoute = !leadHeld && client.stage !== "Closed" && client.stage !== "Lost";
  const canWrite = viewerCan(viewer, "clients.write_own") || viewerCan(viewer, "clients.write_all");
  const { forAll, isLead, onTeam } = teamStanding(viewer, team);
  const next = appointments.filter((a) => a.status === "scheduled" && a.startsAt > now).at(-1);
  const booking = { timeZone: client.timeZone, zoneName: zoneAbbreviation(now, client.timeZone), earliest: instantToWallTime(now, client.timeZone), seats: bookingSeats(viewer, data, forAll), defaultKind: client.pipeline === "seller" ? "listing_appointment" : "showing" };

  return (
    <>
      <Link href="/clients" className="text-sm text-brand-700 hover:underline">← Clients</Link>
      <header className="mb-5 mt-2 space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="min-w-0 break-words text-2xl font-bold text-slate-900">{fullName(client)}</h1>
          <TemperatureBadge temperature={client.temperature} score={client.leadScore} />
          <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700" data-testid="client-stage">{humanize(client.pipeline)} · {client.stage}</span>
          {client.optedOutAt ? <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700">Opted out {dateTime(client.optedOutAt)}</span> : null}
        </div>
        {canWrite ? <ContactLinks client={client} /> : null}
        {next ? <p className="text-sm text-slate-700" data-testid="next-appointment"><span className="font-semibold">Next:</span> {appointmentLine({ ...next, kind: next.kind as AppointmentKind })} · {next.seatName}</p> : null}
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {canWrite ? <WorkPanel clientId={client.id} stage={client.stage} stages={stagesOf(client.pipeline)} booking={booking} canEscalate={!viewerCan(viewer, "escalations.manage")} /> : null}
          <Section title="Appointments" id="appointments" action={<Link href="/calendar" className="text-sm font-medium text-brand-700 hover:underline">Calendar</Link>}>
            <ClientAppointments clientId={client.id} appointments={appointments} canAct={canWrite} now={now} />
          </Section>
          {dossier.transactions.map((d) => (
            <Section key={`${d.address}:${d.acceptanceDate}`} title={`Transaction · ${humanize(d.side)} side`}>
              <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
                {([["Property", d.address], ["Price", money(d.price)], ["Accepted", calendarDate(d.acceptanceDate)], ["Close of escrow", calendarDate(d.closeOfEscrowDate)]] as const).map(([label, value]) => (
                  <div key={label} className="min-w-0"><dt className="text-xs text-slate-600">{label}</dt><dd className="break-words text-slate-900">{value ?? "—"}</dd></div>
                ))}
              </dl>
            </Section>
          ))}
          <ClientTasks clientId={client.id} />
          {canWrite ? (
            <Section title={`Write to ${client.firstName}`} id="compose">
              <ComposePanel nonce={randomUUID()} client={{ id: client.id, firstName: client.firstName, phone: client.phone, email: client.email, smsConsent: client.smsConsent, emailConsent: client.emailConsent, optedOut: client.optedOutAt !== null }} />
            </Section>
          ) : null}
          <Section title="Timeline">
            {canWrite ? <div className="mb-4"><NoteForm clientId={client.id} /></div> : null}
            <CoordinationTimeline entries={timeline} />
          </Section>
          <Section title="Dossier">
            <details data-testid="client-dossier">
              <summary className="cursor-pointer text-sm text-brand-700">Show the dossier a receiving seat gets in a handoff</summary>
              <div className="mt-3"><DossierView dossier={dossier} /></div>
            </details>
          </Section>
        </div>
        <div className="space-y-4 lg:col-span-1">
          <Section title="Profile">
            <ProfileFacts client={client} marketName={marketName} ownerName={ownerName} satisfaction={satisfaction.score === null ? "No messages yet" : `${Math.round(satisfaction.score * 100)}%: ${satisfaction.explanation}`} />
            {client.tags.length ? <p className="mt-3 flex flex-wrap gap-1">{client.tags.map((t) => <span key={t} className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{t}</span>)}</p> : null}
            {canWrite ? (
              <details className="mt-4 border-t border-slate-200 pt-3" data-testid="edit-profile">
                <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-brand-700 sm:min-h-0">Edit profile</summary>
                <div className="mt-3"><ProfileForm client={client} /></div>
              </details>
            ) : null}
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
      </div>
    </>
  );
}
