import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PRESENCE, SEAT_ROLES } from "@/lib/domain/team/vocabulary";
import { searchText } from "@/lib/domain/input/search-text";
import { getDb } from "@/lib/db/client";
import { listMarketOptions } from "@/lib/db/queries/markets";
import { listAccounts } from "@/lib/db/queries/users";
import { scopeOf } from "@/lib/db/queries/scope";
import { listBoardSeats, listRoster, listSeatClients, type RosterSeat, type SeatClient } from "@/lib/db/queries/team-board";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { PageHeader, PageSkeleton } from "@/components/section";
import { AccountsPanel } from "@/components/team/accounts-panel";
import { inGroup, ROLE_GROUPS } from "@/components/team/role-groups";
import { RosterCard } from "@/components/team/roster-card";
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

async function TeamBody({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  // A team member sees one seat, so filters would only hide it.
  const filter = scope.all ? filterSchema.parse(await searchParams) : {};
  const db = getDb();
  const [seats, markets, accounts, roster] = await Promise.all([
    listBoardSeats(db, scope, { q: filter.q, role: filter.role, marketId: filter.market, presence: filter.presence, overloaded: filter.overloaded === "1" }),
    listMarketOptions(db, viewer.organizationId),
    scope.all ? listAccounts(db, viewer.organizationId) : Promise.resolve([]),
    scope.all ? Promise.resolve([] as RosterSeat[]) : listRoster(db, viewer.organizationId),
  ]);
  const teammates = roster.filter((s) => s.id !== viewer.seatId);
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
      <PageHeader title="Team" subtitle={scope.all ? "Every seat on Jorge's team: who is in, how full they are and whom they work." : "Your seat's load, pending offers and clients, and your teammates' roles, languages, markets and presence, to choose whom to hand a client to."} />
      {scope.all ? null : <h2 className="mb-3 font-semibold text-slate-900">Your seat</h2>}
      {scope.all ? <TeamFilters q={filter.q} role={filter.role} market={filter.market} presence={filter.presence} overloaded={filter.overloaded === "1"} markets={markets} /> : null}
      <p className="mb-4 text-sm text-slate-600" data-testid="team-summary">
        {scope.all ? `${plural(seats.length, "seat")} shown · load` : "Load"} {load.toLocaleString("en-US")} of {capacity.toLocaleString("en-US")}
        {capacity ? ` (${Math.round((load / capacity) * 100)}%)` : ""} · {plural(pending, "pending offer")}
        {viewerCan(viewer, "team.manage") ? <> · <a href="#accounts" className="text-brand-700 underline underline-offset-2 hover:text-brand-900">Sign-in accounts</a></> : null}
      </p>
      {seats.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium text-slate-900">No seats match</p>
          <p className="mt-1 text-sm text-slate-600">
            {filtered ? <>Try another filter or <Link href="/team" className="text-brand-700 underline underline-offset-2 hover:text-brand-900">clear them all</Link>.</> : "Your account holds no seat on the team."}
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
                  {group.title} <span className="text-sm font-normal text-slate-600">{members.length}</span>
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
      {teammates.length ? (
        <section aria-labelledby="teammates" className="mt-8" data-testid="roster">
          <h2 id="teammates" className="mb-3 flex items-baseline gap-2 font-semibold text-slate-900">Teammates <span className="text-sm font-normal text-slate-600">{teammates.length}</span></h2>
          <div className="space-y-6">
            {ROLE_GROUPS.map((group) => {
              const members = teammates.filter((s) => inGroup(group, s.role));
              if (members.length === 0) return null;
              return (
                <div key={group.key}>
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">{group.title} <span className="font-normal text-slate-600">{members.length}</span></h3>
                  <div className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,15rem),1fr))] items-start gap-3">
                    {members.map((seat) => <RosterCard key={seat.id} seat={seat} marketCount={markets.length} />)}
                  </div>
                </div>
              );
            })}
          </div>
        </section>
      ) : null}
      {viewerCan(viewer, "team.manage") ? <AccountsPanel accounts={accounts} viewerId={viewer.userId} /> : null}
    </>
  );
}

/** Streams the page: the skeleton shows at once, even on a full reload, while the data is read. */
export default function TeamPage(props: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <Suspense fallback={<PageSkeleton />}><TeamBody {...props} /></Suspense>;
}
