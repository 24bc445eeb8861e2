import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PRESENCE, SEAT_ROLES } from "@/lib/domain/team/vocabulary";
import { searchText } from "@/lib/domain/input/search-text";
import { getDb } from "@/lib/db/client";
import { listMarketOptions } from "@/lib/db/queries/markets";
import { listAccounts } from "@/lib/db/queries/users";
import { scopeOf } from "@/lib/db/queries/scope";
import { listBoardSeats, listSeatClients, type SeatClient } from "@/lib/db/queries/team-board";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { PageHeader } from "@/components/section";
import { AccountsPanel } from "@/components/team/accounts-panel";
import { inGroup, ROLE_GROUPS } from "@/components/team/role-groups";
import { SeatCard } from "@/components/team/seat-card";
import { TeamFilters } from "@/components/team/team-filters";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

const filterSchema = z.object({
  q: searchText(100),
  role: z.enum([...SEAT_ROLES, "support"]).optional().catch(undefined),
  market: z.guid().optional().catch(undefined),
  presence: z.enum(PRESENCE).optional().catch(undefined),
  overloaded: z.literal("1").optional().catch(undefined),
});

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  // A team member sees one seat, so filters would only hide it.
  const filter = scope.all ? filterSchema.parse(await searchParams) : {};
  const db = getDb();
  const [seats, markets, accounts] = await Promise.all([
    listBoardSeats(db, scope, { q: filter.q, role: filter.role, marketId: filter.market, presence: filter.presence, overloaded: filter.overloaded === "1" }),
    listMarketOptions(db, viewer.organizationId),
    scope.all ? listAccounts(db, viewer.organizationId) : Promise.resolve([]),
  ]);
  const disabledSeats = new Set(accounts.filter((a) => a.disabledAt && a.seatId).map((a) => a.seatId));
  const clients = await listSeatClients(db, scope, seats.map((s) => s.id));
  const bySeat = new Map<string, SeatClient[]>();
  for (const c of clients) {
    const list = bySeat.get(c.seatId);
    if (list) list.push(c);
    else bySeat.set(c.seatId, [c]);
  }
  const load = seats.reduce((sum, s) => sum + s.active, 0);
  const capacity = seats.reduce((sum, s) => sum + s.capacity, 0);
  const pending = seats.reduce((sum, s) => sum + s.pending, 0);
  const filtered = Boolean(filter.q || filter.role || filter.market || filter.presence || filter.overloaded);
  const now = new Date();

  return (
    <>
      <PageHeader title={scope.all ? "Team" : "My seat"} subtitle={scope.all ? "Every seat on Jorge's team: who is in, how full they are and whom they work." : "Your seat's load, pending offers and clients."} />
      {scope.all ? <TeamFilters q={filter.q} role={filter.role} market={filter.market} presence={filter.presence} overloaded={filter.overloaded === "1"} markets={markets} /> : null}
      <p className="mb-4 text-sm text-slate-600" data-testid="team-summary">
        {scope.all ? `${plural(seats.length, "seat")} shown · load` : "Load"} {load.toLocaleString("en-US")} of {capacity.toLocaleString("en-US")}
        {capacity ? ` (${Math.round((load / capacity) * 100)}%)` : ""} · {plural(pending, "pending offer")}
        {viewerCan(viewer, "team.manage") ? <> · <a href="#accounts" className="text-brand-700 underline-offset-2 hover:underline">Sign-in accounts</a></> : null}
      </p>
      {seats.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium text-slate-900">No seats match</p>
          <p className="mt-1 text-sm text-slate-500">
            {filtered ? <>Try another filter or <Link href="/team" className="text-brand-600 hover:underline">clear them all</Link>.</> : "Your account holds no seat on the team."}
          </p>
        </div>
      ) : (
        <div className="space-y-8">
          {ROLE_GROUPS.map((group) => {
            const members = seats.filter((s) => inGroup(group, s.role));
            if (members.length === 0) return null;
            return (
              <section key={group.key} aria-labelledby={`group-${group.key}`} data-testid="role-group">
                <h2 id={`group-${group.key}`} className="mb-3 flex items-baseline gap-2 font-semibold text-slate-900">
                  {group.title} <span className="text-sm font-normal text-slate-500">{members.length}</span>
                </h2>
                <div className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,16.5rem),1fr))] items-start gap-3">
                  {members.map((seat) => (
                    <SeatCard key={seat.id} seat={seat} clients={bySeat.get(seat.id) ?? []} now={now} showRole={group.roles.length > 1} marketCount={markets.length} accountDisabled={disabledSeats.has(seat.id)} />
                  ))}
                </div>
              </section>
            );
          })}
        </div>
      )}
      {viewerCan(viewer, "team.manage") ? <AccountsPanel accounts={accounts} viewerId={viewer.userId} /> : null}
    </>
  );
}
