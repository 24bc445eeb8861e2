import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { escalationCounts, escalationOwners, escalationsSince, listEscalations } from "@/lib/db/queries/escalations";
import { groupByCause } from "@/lib/domain/escalation/inbox-order";
import { countByTrigger } from "@/lib/domain/escalation/sla";
import { ESCALATION_TRIGGERS, SEVERITIES } from "@/lib/domain/team/vocabulary";
import { BulkAcknowledgeBar } from "@/components/escalations/bulk-acknowledge";
import { EscalationCard } from "@/components/escalations/escalation-card";
import { EscalationGroupCard } from "@/components/escalations/escalation-group";
import { ESCALATION_STATUS_FILTERS, EscalationFilters } from "@/components/escalations/filters";
import { TriggerChart } from "@/components/escalations/trigger-chart";
import { KpiCard } from "@/components/overview/kpi-card";
import { PageHeader } from "@/components/section";

export const metadata: Metadata = { title: "Escalations" };
export const dynamic = "force-dynamic";

const TIME_ZONE = "America/Los_Angeles";
const CHART_DAYS = 14;
const DAY_MS = 86_400_000;

type Params = Record<string, string | string[] | undefined>;

/** One filter of the address: its value when valid, else undefined with the bad value noted in `ignored`. */
function read<T>(params: Params, key: string, schema: z.ZodType<T>, ignored: string[]): T | undefined {
  const raw = params[key];
  if (raw === undefined || raw === "") return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  ignored.push(`${key} "${String(raw).slice(0, 40)}"`);
  return undefined;
}

/** The filters of the address that make sense, and the ones that did not (ignored, and said so). */
function readFilters(params: Params) {
  const ignored: string[] = [];
  return {
    status: read(params, "status", z.enum(ESCALATION_STATUS_FILTERS), ignored) ?? "unresolved",
    trigger: read(params, "trigger", z.enum(ESCALATION_TRIGGERS), ignored),
    severity: read(params, "severity", z.enum(SEVERITIES), ignored),
    overdue: read(params, "overdue", z.literal("1"), ignored) === "1",
    ignored,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function EscalationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requireViewer();
  if (!viewerCan(viewer, "escalations.manage")) notFound();
  const f = readFilters(await searchParams);
  const db = getDb();
  const org = viewer.organizationId;
  const now = new Date();
  const from = new Date(now.getTime() - (CHART_DAYS - 1) * DAY_MS);
  const [rows, counts, owners, recent] = await Promise.all([
    listEscalations(db, org, { status: f.status, trigger: f.trigger, severity: f.severity, overdue: f.overdue }, now),
    escalationCounts(db, org, now),
    escalationOwners(db, org),
    escalationsSince(db, org, new Date(from.getTime() - DAY_MS)),
  ]);
  const days = countByTrigger(recent, from, CHART_DAYS, TIME_ZONE);
  const groups = groupByCause(rows);
  const repeats = rows.length - groups.length;
  const filtered = f.status !== "unresolved" || Boolean(f.trigger || f.severity || f.overdue);
  const ownerOptions = owners.map((o) => ({ id: o.id, name: o.name }));

  return (
    <>
      <PageHeader title="Escalations" subtitle="What needs Jorge, most pressing first: a client asking for him, distress, a hot lead ready for his call, then by severity and deadline." />
      <div className="mb-6 grid grid-cols-3 gap-3" data-testid="escalation-counts">
        <KpiCard label="Unresolved" value={counts.unresolved} href="/escalations" />
        <KpiCard label="Overdue" value={counts.overdue} tone={counts.overdue ? "alert" : "default"} href="/escalations?overdue=1" />
        <KpiCard label="Critical" value={counts.critical} tone={counts.critical ? "alert" : "default"} href="/escalations?severity=critical" />
      </div>
      <EscalationFilters status={f.status} trigger={f.trigger} severity={f.severity} overdue={f.overdue} />
      {f.ignored.length ? (
        <p role="status" className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="ignored-filters">
          Ignored {f.ignored.length === 1 ? "a filter" : "filters"} the inbox does not know: {f.ignored.join(", ")}.
        </p>
      ) : null}
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-label="Escalations" className="min-w-0 space-y-3">
          <p className="text-sm text-slate-600" data-testid="escalation-total">
            {plural(rows.length, "escalation")}{filtered ? " match these filters" : " unresolved"}{repeats > 0 ? `, ${plural(groups.length, "cause")} (repeats of one cause are grouped)` : ""}
          </p>
          {rows.length === 0 ? (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
              <p className="font-medium text-slate-900">{filtered ? "No escalations match these filters" : "Inbox zero: nothing needs Jorge right now"}</p>
              <p className="mt-1 text-sm text-slate-600">
                {filtered ? <>Try another filter or <Link href="/escalations" className="text-brand-700 underline underline-offset-2 hover:text-brand-900">see everything unresolved</Link>.</> : "New escalations appear here the moment they are raised."}
              </p>
            </div>
          ) : (
            groups.map((g) => g.items.length > 1
              ? <EscalationGroupCard key={g.key} group={g} owners={ownerOptions} now={now} />
              : <EscalationCard key={g.key} escalation={g.items[0]!} owners={ownerOptions} now={now} />)
          )}
          <BulkAcknowledgeBar />
        </section>
        <aside className="min-w-0 xl:sticky xl:top-6">
          <TriggerChart title={`Escalations by trigger, last ${CHART_DAYS} days`} days={days} />
        </aside>
      </div>
    </>
  );
}
