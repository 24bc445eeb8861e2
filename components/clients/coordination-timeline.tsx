import type { TimelineEntry } from "@/lib/db/queries/client-timeline";
import { dateTime } from "@/components/format";
import { OutboundStatus } from "@/components/messages/outbound-status";

const KIND_STYLE: Record<TimelineEntry["kind"], { border: string; badge: string; label: string }> = {
  message: { border: "border-l-sky-400", badge: "bg-sky-50 text-sky-800", label: "Message" },
  offer: { border: "border-l-violet-400", badge: "bg-violet-50 text-violet-800", label: "Offer" },
  handoff: { border: "border-l-brand-500", badge: "bg-brand-50 text-brand-800", label: "Handoff" },
  escalation: { border: "border-l-red-400", badge: "bg-red-50 text-red-800", label: "Escalation" },
  conflict: { border: "border-l-orange-400", badge: "bg-orange-50 text-orange-800", label: "Conflict" },
  thread: { border: "border-l-amber-400", badge: "bg-amber-50 text-amber-800", label: "Team" },
  appointment: { border: "border-l-emerald-500", badge: "bg-emerald-50 text-emerald-800", label: "Appointment" },
};

/** Calls, meetings and notes are messages too, but read better under their own badge. */
const CHANNEL_BADGE: Record<string, { badge: string; label: string }> = {
  call: { badge: "bg-teal-50 text-teal-800", label: "Call" },
  meeting: { badge: "bg-teal-50 text-teal-800", label: "Meeting" },
  note: { badge: "bg-slate-100 text-slate-800", label: "Note" },
};

/**
 * Everything that happened to the client, newest first: messages (those the team wrote with
 * their delivery state and gate verdict), calls and meetings, appointments, offers, handoffs,
 * escalations, conflicts and the team thread.
 */
export function CoordinationTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing has happened with this client yet.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((e) => {
        const style = KIND_STYLE[e.kind];
        const badge = (e.kind === "message" ? CHANNEL_BADGE[e.tag.split(":")[0]!] : undefined) ?? style;
        return (
          <li key={`${e.kind}:${e.id}`} className={`border-l-4 pl-3 ${style.border}`} data-testid="timeline-item" data-kind={e.kind}>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-slate-600">
              <span className={`rounded px-1.5 py-0.5 font-medium ${badge.badge}`}>{badge.label}</span>
              <span className="font-medium text-slate-800">{e.title}</span>
              {e.actor ? <span>· {e.actor}</span> : null}
              <span>· {dateTime(e.at)}</span>
            </p>
            {e.body ? <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-slate-800">{e.body}</p> : null}
            {e.outbound ? <OutboundStatus detail={e.outbound} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
