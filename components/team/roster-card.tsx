import { humanize } from "@/components/format";
import type { RosterSeat } from "@/lib/db/queries/team-board";
import { languageName } from "@/lib/domain/routing/language";
import { KindBadge, PresenceDot } from "./seat-indicators";

/**
 * A teammate as a team member sees them when choosing whom to hand a client to: name, kind,
 * role, presence, languages and markets. No load or clients.
 */
export function RosterCard({ seat, marketCount }: { seat: RosterSeat; marketCount: number }) {
  const allMarkets = seat.role === "overseer" || seat.markets.length === 0 || seat.markets.length >= marketCount;
  return (
    <article className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="roster-card" aria-labelledby={`roster-${seat.id}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 id={`roster-${seat.id}`} className="min-w-0 break-words font-semibold leading-snug text-slate-900">{seat.name}</h3>
        <KindBadge kind={seat.kind} />
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <PresenceDot presence={seat.presence} />
        <span className="text-xs text-slate-600">{humanize(seat.role)}</span>
      </p>
      <dl className="mt-2 space-y-1 text-xs">
        <div className="flex gap-1.5">
          <dt className="shrink-0 text-slate-600">Speaks</dt>
          <dd className="min-w-0 text-slate-900">{seat.languages.map(languageName).join(", ")}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="shrink-0 text-slate-600">Markets</dt>
          <dd className="min-w-0 text-slate-900">{allMarkets ? "All markets" : seat.markets.map((m) => m.name).join(", ")}</dd>
        </div>
      </dl>
    </article>
  );
}
