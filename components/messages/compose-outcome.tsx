"use client";

import { useState } from "react";
import { outcomeWords, type ComposeOutcome } from "./compose-state";
import { markExcerpts, reworded } from "./excerpts";

const TONE: Record<string, string> = { blocked: "border-red-200 bg-red-50 text-red-900", held: "border-amber-200 bg-amber-50 text-amber-950", failed: "border-red-200 bg-red-50 text-red-900", not_connected: "border-slate-200 bg-slate-50 text-slate-900" };
const SMALL = "min-h-11 rounded-lg px-3 text-sm font-semibold sm:min-h-8 sm:text-xs";

/**
 * What became of the message just written, next to the form: a blocked one with its excerpts
 * marked and each suggestion offered as a one-click rewording, a held one with its findings,
 * "Send anyway" (asked twice) and "Edit", and a saved one with why it went or did not.
 */
export function ComposeOutcomeView({ outcome, text, onReword, onEdit, sendAnyway, pending }: {
  outcome: ComposeOutcome;
  /** What the text box holds now, so a rewording applies to it. */
  text: string;
  onReword: (text: string) => void;
  onEdit: () => void;
  sendAnyway: (form: FormData) => void;
  pending: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const shown = outcome.findings.filter((f) => f.severity !== "info" || outcome.state === "blocked");
  const refused = outcome.state === "blocked";
  return (
    <div role={refused ? "alert" : "status"} className={`space-y-2 rounded-lg border px-3 py-2 text-sm ${TONE[outcome.state] ?? "border-emerald-200 bg-emerald-50 text-emerald-900"}`} data-testid="compose-outcome" data-state={outcome.state}>
      <p className="font-medium">{outcomeWords(outcome)}</p>
      {(refused || outcome.state === "held") && shown.length ? (
        <>
          <p className="whitespace-pre-wrap break-words rounded bg-white/70 px-2 py-1 text-slate-900" data-testid="compose-excerpts">
            {markExcerpts(outcome.body, shown.map((f) => f.excerpt)).map((p, i) => (p.marked ? <mark key={i} className="rounded bg-amber-200 px-0.5 font-semibold">{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </p>
          <ul className="space-y-1.5">
            {shown.map((f, i) => {
              const better = reworded(text, f);
              return (
                <li key={`${f.category}:${i}`} className="break-words" data-testid="compose-finding">
                  {f.excerpt ? <span className="font-semibold">“{f.excerpt}”: </span> : null}{f.explanation}
                  {f.suggestion ? <span className="block text-xs">Suggestion: {f.suggestion}</span> : null}
                  {better ? <button type="button" onClick={() => onReword(better)} className={`${SMALL} mt-1 border border-current bg-white`}>Use this wording</button> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {outcome.state === "held" ? (
        <form action={sendAnyway} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="outboundMessageId" value={outcome.messageId} />
          {confirming ? (
            <>
              <span className="w-full text-xs sm:w-auto">Send it as written? The warning is recorded with your name.</span>
              <button type="submit" disabled={pending} className={`${SMALL} bg-amber-700 text-white hover:bg-amber-800`}>{pending ? "Sending…" : "Yes, send anyway"}</button>
              <button type="button" onClick={() => setConfirming(false)} className={`${SMALL} text-slate-700 hover:bg-white`}>Keep it held</button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => setConfirming(true)} className={`${SMALL} bg-amber-700 text-white hover:bg-amber-800`}>Send anyway</button>
              <button type="button" onClick={onEdit} className={`${SMALL} border border-slate-300 bg-white text-slate-800`}>Edit</button>
            </>
          )}
        </form>
      ) : null}
    </div>
  );
}
