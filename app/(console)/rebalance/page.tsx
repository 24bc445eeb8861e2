import type { Metadata } from "next";
import { and, eq, inArray } from "drizzle-orm";
import { notFound } from "next/navigation";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { clients, seats } from "@/lib/db/schema";
import { previewRebalance } from "@/lib/services/rebalance";
import { ApplyButton } from "@/components/rebalance/apply-button";
import { fullName, humanize } from "@/components/format";
import { KpiCard } from "@/components/overview/kpi-card";
import { PageHeader, Section } from "@/components/section";

export const metadata: Metadata = { title: "Rebalance" };
export const dynamic = "force-dynamic";

export default async function RebalancePage() {
  const viewer = await requireViewer();
  if (!viewerCan(viewer, "team.manage")) notFound();
  const db = getDb();
  const preview = await previewRebalance(db, viewer);
  if (!preview.ok) notFound();
  const { plan, planId } = preview.data;
  const seatIds = [...new Set(plan.moves.flatMap((m) => [m.from, m.to]).filter((s): s is string => s !== null).concat(plan.overloadedBefore))];
  const [seatRows, clientRows] = await Promise.all([
    seatIds.length ? db.select({ id: seats.id, name: seats.name, role: seats.role, capacity: seats.capacity }).from(seats).where(and(eq(seats.organizationId, viewer.organizationId), inArray(seats.id, seatIds))) : [],
    plan.moves.length ? db.select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName }).from(clients).where(and(eq(clients.organizationId, viewer.organizationId), inArray(clients.id, plan.moves.map((m) => m.client)))) : [],
  ]);
  const seat = new Map(seatRows.map((s) => [s.id, s]));
  const client = new Map(clientRows.map((c) => [c.id, c]));

  return (
    <>
      <PageHeader title="Rebalance the team" subtitle="The best placement of every movable lead client under each seat's capacity. Clients under contract stay where they are." />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <KpiCard label="Moves" value={plan.moves.length} />
        <KpiCard label="Score gained" value={`+${plan.scoreGained.toFixed(2)}`} hint={`${plan.totalBefore.toFixed(1)} → ${plan.totalAfter.toFixed(1)}`} />
        <KpiCard label="Overloaded seats" value={`${plan.overloadedBefore.length} → ${plan.overloadedAfter.length}`} tone={plan.overloadedAfter.length ? "alert" : "default"} />
        <KpiCard label="Idle seats" value={`${plan.idleBefore.length} → ${plan.idleAfter.length}`} />
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Section title="Proposed moves" className="lg:col-span-2">
          {plan.moves.length === 0 ? (
            <p className="text-sm text-slate-500">The team is already placed as well as it can be. Nothing to move.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {plan.moves.map((m) => (
                <li key={m.client} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-center sm:justify-between" data-testid="rebalance-move">
                  <span className="min-w-0 truncate font-medium text-slate-900">{client.get(m.client) ? fullName(client.get(m.client)!) : m.client}</span>
                  <span className="text-xs text-slate-600">
                    {m.from ? seat.get(m.from)?.name : "Unheld"} → <strong className="text-slate-900">{seat.get(m.to)?.name}</strong> · {m.scoreBefore === 0 ? "not eligible now" : m.scoreBefore.toFixed(2)} → {m.scoreAfter.toFixed(2)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Load before and after">
          <ul className="space-y-2 text-sm">
            {seatRows.map((s) => (
              <li key={s.id} className="flex justify-between gap-2" data-testid="rebalance-load">
                <span className="min-w-0 truncate">{s.name} <span className="text-xs text-slate-500">{humanize(s.role)}</span></span>
                <span className="shrink-0 tabular-nums text-slate-700">{plan.loadBefore[s.id] ?? 0} → {plan.loadAfter[s.id] ?? 0} / {s.capacity}</span>
              </li>
            ))}
          </ul>
          <div className="mt-4"><ApplyButton planId={planId} moves={plan.moves.length} /></div>
        </Section>
      </div>
    </>
  );
}
