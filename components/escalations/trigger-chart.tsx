"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { calendarDate, humanize } from "@/components/format";
import { ESCALATION_TRIGGERS } from "@/lib/domain/team/vocabulary";

/** One local day (YYYY-MM-DD, Pacific) with its escalations per trigger. */
export interface TriggerDay {
  day: string;
  counts: Record<string, number>;
}

/** One fixed colour per trigger, so a trigger keeps its colour whatever else is in the chart. */
const PALETTE = ["#1f57c4", "#dc2626", "#64748b", "#f59e0b", "#059669", "#7c3aed", "#ea580c", "#0891b2", "#db2777", "#65a30d"];
const colorOf = (trigger: string) => PALETTE[Math.max(0, (ESCALATION_TRIGGERS as readonly string[]).indexOf(trigger)) % PALETTE.length];

/** "2026-05-04" -> "May 4": the day is already local, so it is formatted as a calendar date. */
const dayLabel = (day: string) => calendarDate(day, { year: false });

/**
 * Escalations per trigger per day as stacked bars, with a legend and a table of the same
 * numbers for screen readers and for anyone who wants exact counts.
 */
export function TriggerChart({ title, days }: { title: string; days: TriggerDay[] }) {
  const triggers = [...new Set(days.flatMap((d) => Object.keys(d.counts)))];
  const rows = days.map((d) => ({ label: dayLabel(d.day), ...d.counts }));
  const totals = triggers.map((t) => [t, days.reduce((sum, d) => sum + (d.counts[t] ?? 0), 0)] as const);
  const total = totals.reduce((sum, [, n]) => sum + n, 0);
  const summary = `${title}: ${total} in all. ${totals.map(([t, n]) => `${humanize(t)} ${n}`).join(", ")}.`;
  const table = (
    <table className="w-full text-left text-xs tabular-nums">
      <caption className="sr-only">{title}, per day and trigger</caption>
      <thead>
        <tr className="text-slate-600"><th scope="col" className="py-1 pr-3 font-medium">Day</th>{triggers.map((t) => <th key={t} scope="col" className="px-2 py-1 font-medium">{humanize(t)}</th>)}</tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r, i) => (
          <tr key={days[i]!.day}><th scope="row" className="sticky left-0 whitespace-nowrap bg-white py-1 pr-3 font-normal text-slate-700">{r.label}</th>{triggers.map((t) => <td key={t} className="px-2 py-1">{days[i]!.counts[t] ?? 0}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartCard title={title} count={`${total} total`} testId="trigger-chart" summary={summary} plotClassName="h-80"
      empty={total === 0 ? "No escalations in these 14 days." : null} numbers={{ table, folded: true }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ left: -20, right: 4, top: 4, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "#eef6ff" }} wrapperStyle={{ fontSize: 12 }} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12, lineHeight: "18px" }} />
          {triggers.map((t) => <Bar key={t} dataKey={t} name={humanize(t)} stackId="triggers" fill={colorOf(t)} isAnimationActive={false} />)}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
