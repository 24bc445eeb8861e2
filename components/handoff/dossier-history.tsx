import type { Dossier } from "@/lib/domain/handoff/dossier";
import { dateTime, humanize } from "@/components/format";

const DIRECTION_STYLE: Record<string, string> = {
  inbound: "border-l-sky-400",
  outbound: "border-l-brand-500",
  internal: "border-l-amber-400",
};

/** The dossier's whole conversation, oldest first and newest last, collapsed and scrollable. */
export function DossierHistory({ history }: { history: Dossier["history"] }) {
  return (
    <details className="rounded-lg border border-slate-200" data-testid="dossier-history">
      <summary className="cursor-pointer select-none px-3 py-2 font-medium text-slate-800 hover:bg-slate-50">
        Full interaction history ({history.length}, oldest first)
      </summary>
      {history.length ? (
        <ol className="max-h-80 space-y-3 overflow-y-auto border-t border-slate-100 px-3 py-3">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} className={`border-l-4 pl-3 ${DIRECTION_STYLE[h.direction] ?? "border-l-slate-300"}`}>
              <p className="text-xs text-slate-500">
                {humanize(h.direction)} {h.channel} · {h.direction === "inbound" ? "client" : h.seatName ?? "team"} · {dateTime(h.at)}
              </p>
              <p className="mt-0.5 whitespace-pre-wrap break-words text-slate-800">{h.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="border-t border-slate-100 px-3 py-3 text-slate-500">No messages yet.</p>
      )}
    </details>
  );
}
