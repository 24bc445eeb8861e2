import type { Metadata } from "next";
import { and, eq, inArray } from "drizzle-orm";
import { notFound } from "next/navigation";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { clients, seats } from "@/lib/db/schema";
import { previewRebalance } from "@/lib/services/rebalance/preview-rebalance";
import { MovePicker } from "@/components/rebalance/move-picker";
import { STAY_REASON_LABELS, type StayReason } from "@/lib/domain/rebalance/staying-put";
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
  const { plan, planId, staying } = preview.data;
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
            <p className="text-sm text-slate-600">The team is already placed as well as it can be. Nothing to move.</p>
          ) : (
            <MovePicker
              planId={planId}
              moves={plan.moves.map((m) => ({
                clientId: m.client,
                client: client.get(m.client) ? fullName(client.get(m.client)!) : "A client",
                from: m.from ? (seat.get(m.from)?.name ?? "A seat") : "Unheld",
                to: seat.get(m.to)?.name ?? "A seat",
                fit: `fit ${m.scoreBefore === 0 ? "not eligible now" : m.scoreBefore.toFixed(2)} → ${m.scoreAfter.toFixed(2)}`,
              }))}
            />
          )}
          <StayingPut staying={staying} />
        </Section>
        <Section title="Load before and after">
          <ul className="space-y-2 text-sm">
            {seatRows.map((s) => (
              <li key={s.id} className="flex justify-between gap-2" data-testid="rebalance-load">
                <span className="min-w-0 truncate">{s.name} <span className="text-xs text-slate-600">{humanize(s.role)}</span></span>
                <span className="shrink-0 tabular-nums text-slate-700">{plan.loadBefore[s.id] ?? 0} → {plan.loadAfter[s.id] ?? 0} / {s.capacity}</span>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}

/** The clients the plan leaves alone on purpose, grouped by why, so Jorge knows they were considered. */
function StayingPut({ staying }: { staying: { clientId: string; name: string; reason: StayReason }[] }) {
  if (staying.length === 0) return null;
  const groups = [...staying.reduce((m, s) => m.set(s.reason, [...(m.get(s.reason) ?? []), s]), new Map<StayReason, typeof staying>())];
  return (
    <div className="mt-4 border-t border-slate-100 pt-3" data-testid="rebalance-staying">
      <h3 className="text-sm font-semibold text-slate-900">Staying where they are</h3>
      <ul className="mt-1 space-y-1 text-sm text-slate-700">
        {groups.map(([reason, rows]) => (
          <li key={reason}>
            <span className="font-medium">{rows.length} {rows.length === 1 ? "client" : "clients"}</span>: {STAY_REASON_LABELS[reason]}
            <span className="text-slate-600"> ({rows.slice(0, 4).map((r) => r.name).join(", ")}{rows.length > 4 ? `, and ${rows.length - 4} more` : ""})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
