import Link from "next/link";
import type { UnreadNotice } from "@/lib/db/queries/seat-notices";
import { dateTime } from "@/components/format";
import { NoticeReadButton } from "./notice-read-button";

const KIND_LABELS: Record<string, string> = {
  client_moved_away: "Client moved away",
  client_moved_in: "Client moved to you",
  appointment_reminder: "Reminder",
  task_reassigned: "Task for you",
  escalation_closed: "Escalation closed",
};

/** The seat's unread notices, newest first: what happened and why, when, a link where there is one, and Mark read. */
export function NoticeList({ notices }: { notices: UnreadNotice[] }) {
  return (
    <ul className="-mx-4 divide-y divide-slate-100" data-testid="notice-list">
      {notices.map((n) => (
        <li key={n.id} data-testid="notice" className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <div className="min-w-0">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
              {KIND_LABELS[n.kind] ?? n.kind} · <span className="font-normal normal-case tracking-normal">{dateTime(n.createdAt)}</span>
            </p>
            <p className="mt-0.5 break-words text-sm text-slate-900">{n.body}</p>
            {n.href ? (
              <Link href={n.href} className="mt-1 inline-block text-sm font-medium text-brand-700 hover:underline">
                {n.href.startsWith("/clients/") && n.clientName ? `Open ${n.clientName}` : n.href === "/tasks" ? "Open my tasks" : "Open"}
              </Link>
            ) : null}
          </div>
          <NoticeReadButton noticeId={n.id} label={`Mark read: ${n.body}`} />
        </li>
      ))}
    </ul>
  );
}
