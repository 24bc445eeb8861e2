import Link from "next/link";
import { dateTime, fullName } from "@/components/format";
import type { SeatClient } from "@/lib/db/queries/team-board";

/** The pending-offer line of a client: until when the seat may answer, or that the time ran out. */
function offerLine(expiresAt: Date | null, now: Date) {
  if (!expiresAt) return <span className="text-amber-700">offer pending</span>;
  return expiresAt.getTime() < now.getTime()
    ? <span className="text-red-700">offer expired {dateTime(expiresAt)}</span>
    : <span className="text-amber-700">offer until {dateTime(expiresAt)}</span>;
}

/** A seat's active clients behind a native disclosure, each linking to the client's page. */
export function SeatClientList({ seatName, clients, now }: { seatName: string; clients: SeatClient[]; now: Date }) {
  if (clients.length === 0) return <p className="mt-3 text-xs text-slate-500">No active clients.</p>;
  return (
    <details className="mt-3 rounded-lg border border-slate-200" data-testid="seat-clients">
      <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50">
        Active clients ({clients.length})<span className="sr-only"> of {seatName}</span>
      </summary>
      <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto border-t border-slate-200">
        {clients.map((c) => (
          <li key={c.clientId} className="flex items-center justify-between gap-2 px-3 py-2">
            <span className="min-w-0">
              <Link href={`/clients/${c.clientId}`} className="block break-words text-sm font-medium text-slate-900 hover:text-brand-600">{fullName(c)}</Link>
              <span className="block text-xs text-slate-500">{c.stage}</span>
              {c.state === "offered" ? <span className="block text-xs">{offerLine(c.expiresAt, now)}</span> : null}
            </span>
            <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs ${c.teamRole === "lead" ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-600"}`}>
              {c.teamRole === "lead" ? "Lead" : "Support"}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
