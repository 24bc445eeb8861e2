import type { ReactNode } from "react";
import { BookAppointmentForm, type BookingSeat } from "@/components/appointments/book-appointment-form";
import { Section } from "@/components/section";
import { EscalateForm } from "./escalate-form";
import { LogContactForm } from "./log-contact-form";
import { StageForm } from "./stage-form";

function Step({ title, detail, children, testId }: { title: string; detail?: string; children: ReactNode; testId: string }) {
  return (
    <details name="client-work" className="group rounded-lg border border-slate-200 open:border-brand-300 open:bg-brand-50/40" data-testid={testId}>
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-2 px-3 py-2 text-sm font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
        <span>{title}{detail ? <span className="ml-1 font-normal text-slate-600">· {detail}</span> : null}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-current text-slate-600 transition-transform group-open:rotate-180"><path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" /></svg>
      </summary>
      <div className="border-t border-slate-200 px-3 pb-3 pt-3">{children}</div>
    </details>
  );
}

export interface WorkPanelProps {
  clientId: string;
  stage: string;
  stages: readonly string[];
  booking: { timeZone: string; zoneName: string; earliest: string; seats: BookingSeat[]; defaultKind: string };
  /** False for Jorge himself: escalations come to him, he does not send them. */
  canEscalate: boolean;
}

/**
 * What a team member does on a client, one step open at a time: log a call or meeting, book an
 * appointment, move the stage, or bring the client to Jorge (for everyone but Jorge).
 */
export function WorkPanel({ clientId, stage, stages, booking, canEscalate }: WorkPanelProps) {
  return (
    <Section title="Work this client" id="work">
      <div className="space-y-2">
        <Step title="Log a call or meeting" testId="work-log"><LogContactForm clientId={clientId} /></Step>
        <Step title="Book an appointment" testId="work-book"><BookAppointmentForm clientId={clientId} {...booking} /></Step>
        <Step title="Move the stage" detail={`now ${stage}`} testId="work-stage"><StageForm clientId={clientId} stages={stages} current={stage} /></Step>
        {canEscalate ? <Step title="Escalate to Jorge" testId="work-escalate"><EscalateForm clientId={clientId} /></Step> : null}
      </div>
    </Section>
  );
}
