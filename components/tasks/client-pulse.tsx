import { dateTime, humanize } from "@/components/format";
import type { LastContact, NextStep } from "@/lib/db/queries/clients";

const CHANNEL_WORDS: Record<string, string> = { sms: "Text", email: "Email", call: "Call", voicemail: "Voicemail", chat: "Chat", social: "Social", meeting: "Meeting" };

/** A channel as people say it: "sms" reads "Text". */
export function channelLabel(channel: string): string {
  return CHANNEL_WORDS[channel] ?? humanize(channel);
}

/** How long ago, in a few words: "5 min ago", "3 h ago", "4 d ago". */
function ago(at: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - at.getTime()) / 60_000));
  if (minutes < 60) return `${Math.max(1, minutes)} min ago`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h ago`;
  return `${Math.round(minutes / (24 * 60))} d ago`;
}

/**
 * A client row's pulse: when and how the team and the client last spoke, and what comes next
 * (the next task or appointment), with an overdue next task marked.
 */
export function ClientPulse({ lastContact, nextStep, now }: { lastContact: LastContact; nextStep: NextStep; now: Date }) {
  const overdue = nextStep?.kind === "task" && nextStep.at !== null && nextStep.at.getTime() < now.getTime();
  return (
    <span className="flex min-w-0 flex-col text-xs text-slate-600 sm:items-end" data-testid="client-pulse">
      <span className="truncate" title={lastContact ? dateTime(lastContact.at) : undefined}>
        {lastContact ? <>Last contact: {channelLabel(lastContact.channel)}, {ago(lastContact.at, now)}</> : "No contact yet"}
      </span>
      {nextStep === null ? <span>No next step</span> : (
        <span className={`block max-w-full sm:flex sm:max-w-md sm:gap-1 ${overdue ? "font-medium text-red-800" : ""}`}>
          <span className="break-words sm:min-w-0 sm:truncate">Next: {nextStep.kind === "appointment" ? humanize(nextStep.appointment) : nextStep.title}</span>
          {nextStep.at ? <span className="sm:shrink-0"> · {nextStep.kind === "appointment" ? "" : overdue ? "overdue since " : "due "}{dateTime(nextStep.at)}</span> : null}
        </span>
      )}
    </span>
  );
}
