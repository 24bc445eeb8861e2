import { dateTime, humanize } from "@/components/format";
import type { BoardSeat, SeatClient } from "@/lib/db/queries/team-board";
import { KindBadge, LoadBar, loadRatio, PresenceDot } from "./seat-indicators";
import { SeatClientList } from "./seat-client-list";

interface Props {
  seat: BoardSeat;
  clients: SeatClient[];
  now: Date;
  /** Shown under groups that gather several roles (support). */
  showRole: boolean;
  /** How many active markets there are; a seat covering them all reads "All markets". */
  marketCount: number;
  /** The person holding the seat has had their account disabled. */
  accountDisabled?: boolean;
}

/** The markets a seat covers, as chips; the overseer and seats without market rows cover all. */
function MarketChips({ seat, marketCount }: { seat: BoardSeat; marketCount: number }) {
  const all = seat.role === "overseer" || seat.markets.length === 0 || seat.markets.length >= marketCount;
  const names = all ? ["All markets"] : seat.markets.map((m) => m.name);
  return (
    <ul className="mt-2 flex flex-wrap gap-1" aria-label="Markets">
      {names.map((name) => <li key={name} className="max-w-full truncate rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{name}</li>)}
    </ul>
  );
}

/** One seat on the team board: who holds it, presence, load, accepted clients and pending offers. */
export function SeatCard({ seat, clients, now, showRole, marketCount, accountDisabled = false }: Props) {
  const percent = Math.round(loadRatio(seat.active, seat.capacity) * 100);
  const expired = seat.nextExpiry !== null && seat.nextExpiry.getTime() < now.getTime();
  return (
    <article className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="seat-card" aria-labelledby={`seat-${seat.id}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 id={`seat-${seat.id}`} className="min-w-0 break-words font-semibold leading-snug text-slate-900">{seat.name}</h3>
        <KindBadge kind={seat.kind} />
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <PresenceDot presence={seat.presence} />
        {showRole ? <span className="text-xs text-slate-500">{humanize(seat.role)}</span> : null}
        {accountDisabled ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Account disabled</span> : null}
      </p>
      <MarketChips seat={seat} marketCount={marketCount} />
      <div className="mt-3">
        <p className="flex justify-between gap-2 text-xs text-slate-600">
          <span>Load</span>
          <span className="tabular-nums">{seat.active} of {seat.capacity} · {percent}%</span>
        </p>
        <LoadBar active={seat.active} capacity={seat.capacity} label={`${seat.name} load`} className="mt-1 h-2" />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-2">
        <div>
          <dt className="text-xs text-slate-500">Accepted clients</dt>
          <dd className="font-semibold tabular-nums text-slate-900">{seat.accepted}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Pending offers</dt>
          <dd className="font-semibold tabular-nums text-slate-900">
            {seat.pending}
            {seat.nextExpiry ? (
              <span className={`block text-xs font-normal ${expired ? "text-red-700" : "text-amber-700"}`}>
                {expired ? "expired" : "next expires"} {dateTime(seat.nextExpiry)}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      <SeatClientList seatName={seat.name} clients={clients} now={now} />
    </article>
  );
}
