import type { OutboundDetail } from "@/lib/db/queries/outbound-timeline";
import type { OutboxState } from "@/lib/domain/team/vocabulary";
import { dateTime, humanize } from "@/components/format";

const STATE_STYLE: Record<OutboxState, string> = {
  held: "bg-amber-100 text-amber-900",
  queued: "bg-sky-100 text-sky-900",
  sent: "bg-emerald-50 text-emerald-800",
  delivered: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
  blocked: "bg-red-100 text-red-900",
  not_connected: "bg-slate-200 text-slate-800",
};
const VERDICT_STYLE = { ok: "bg-emerald-50 text-emerald-800", warn: "bg-amber-50 text-amber-900", block: "bg-red-50 text-red-800" } as const;
const SEVERITY_WORD = { block: "Blocks", warn: "Warning", info: "Note" } as const;
const RULE_WORD: Record<string, string> = { fair_housing: "Fair Housing", tcpa: "TCPA", can_spam: "CAN-SPAM", ai_disclosure: "AI disclosure", methodology: "Jorge's method", tone: "Tone" };

/**
 * What became of a message the team wrote: its delivery state (a failure with its last error, a
 * message not connected with the reason), the gate's Fair Housing verdict and its findings on
 * demand, who sent it anyway, and each moment of its life.
 */
export function OutboundStatus({ detail }: { detail: OutboundDetail }) {
  const count = detail.findings.length;
  return (
    <div className="mt-1 space-y-1 text-xs text-slate-700" data-testid="outbound-status" data-state={detail.state}>
      <p className="flex flex-wrap items-center gap-1.5">
        <span className={`max-w-full break-words rounded px-1.5 py-0.5 font-semibold ${STATE_STYLE[detail.state]}`} data-testid="outbound-state">{detail.stateLabel}</span>
        <span className={`rounded px-1.5 py-0.5 font-medium ${VERDICT_STYLE[detail.fairHousing]}`} data-testid="outbound-verdict">Fair Housing {detail.fairHousing}</span>
        <span>{count === 0 ? "No findings" : `${count} finding${count === 1 ? "" : "s"}`}</span>
        {detail.overriddenBy ? <span>· sent anyway by {detail.overriddenBy}</span> : null}
      </p>
      {detail.state === "not_connected" && detail.lastError ? <p className="break-words text-slate-600">Not sent: {detail.lastError}.</p> : null}
      {detail.subject ? <p className="break-words"><span className="font-medium">Subject:</span> {detail.subject}</p> : null}
      {count > 0 ? (
        <details>
          <summary className="cursor-pointer text-brand-700">What the quality gate found</summary>
          <ul className="mt-1 space-y-1">
            {detail.findings.map((f, i) => (
              <li key={`${f.rule}:${f.category}:${i}`} className="break-words">
                <span className="font-medium">{SEVERITY_WORD[f.severity]} · {RULE_WORD[f.rule] ?? humanize(f.rule)}, {humanize(f.category).toLowerCase()}</span>
                {f.excerpt ? <> on <mark className="rounded bg-amber-100 px-0.5">{f.excerpt}</mark></> : null}: {f.explanation}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="text-slate-600">{detail.times.map((t) => `${t.label} ${dateTime(t.at)}`).join(" · ")}</p>
    </div>
  );
}
