import Link from "next/link";
import { highlightExcerpts } from "@/lib/domain/quality/highlight";
import type { SeatMessage } from "@/lib/db/queries/quality-seats";
import { dateTime, fullName, humanize } from "@/components/format";
import { ruleLabel } from "./rule-label";

const STATE_TONE: Record<string, string> = {
  blocked: "bg-red-100 text-red-800", held: "bg-amber-100 text-amber-800", failed: "bg-red-50 text-red-700",
  delivered: "bg-emerald-100 text-emerald-800", sent: "bg-emerald-50 text-emerald-800",
};
const LEVEL_TONE: Record<string, string> = { block: "text-red-700", warn: "text-amber-700", info: "text-slate-600" };

/** A seat's messages with what the reviewer found: the quoted words highlighted, the verdict, state, time and client. */
export function MessageList({ messages, empty }: { messages: SeatMessage[]; empty: string }) {
  if (messages.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-testid="messages-empty">{empty}</p>;
  return (
    <ul className="space-y-3" data-testid="seat-messages">
      {messages.map((m) => (
        <li key={m.id} className="rounded-lg border border-slate-200 p-3" data-testid="seat-message">
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <span className={`rounded px-1.5 py-0.5 font-semibold ${STATE_TONE[m.state] ?? "bg-slate-100 text-slate-700"}`}>{humanize(m.state)}</span>
            <span>{humanize(m.channel)} · {humanize(m.authorKind)}</span>
            <span>Fair housing: {m.fairHousing}</span>
            {m.overriddenAt ? <span className="font-medium text-amber-700">sent anyway {dateTime(m.overriddenAt)}</span> : null}
            <time dateTime={new Date(m.createdAt).toISOString()} className="ml-auto">{dateTime(m.createdAt)}</time>
          </div>
          <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-900">
            {highlightExcerpts(m.body, m.findings.map((f) => f.excerpt)).map((s, i) => (s.marked ? <mark key={i} className="rounded bg-amber-200 px-0.5">{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </p>
          {m.findings.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {m.findings.map((f, i) => (
                <li key={i}><span className={`font-semibold ${LEVEL_TONE[f.level] ?? ""}`}>{ruleLabel(f.rule)} · {humanize(f.code)} ({f.level})</span>: {f.message}{f.suggestion ? <span className="text-slate-600"> Try: {f.suggestion}</span> : null}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2 text-xs"><Link href={`/clients/${m.clientId}`} className="text-brand-700 underline-offset-2 hover:underline">{fullName(m)}</Link></p>
        </li>
      ))}
    </ul>
  );
}
