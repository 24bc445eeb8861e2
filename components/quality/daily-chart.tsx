"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { calendarDate } from "@/components/format";
import type { DayCount } from "@/lib/domain/quality/daily-series";

/** Messages reviewed per local day as bars, blocked and warned as lines, with the numbers in a table for screen readers. */
export function DailyChart({ days }: { days: DayCount[] }) {
  const rows = days.map((d) => ({ ...d, label: calendarDate(d.day, { year: false }) }));
  const reviewed = days.reduce((sum, d) => sum + d.reviewed, 0);
  const blocked = days.reduce((sum, d) => sum + d.blocked, 0);
  const warned = days.reduce((sum, d) => sum + d.warned, 0);
  const summary = `Messages per day over ${days.length} days: ${reviewed} reviewed, ${blocked} blocked, ${warned} warned.`;
  const table = (
    <table className="w-full text-left text-xs tabular-nums">
      <caption className="sr-only">Messages per day</caption>
      <thead><tr className="text-slate-600">{["Day", "Reviewed", "Blocked", "Warned", "Findings"].map((h) => <th key={h} scope="col" className="px-2 py-1 font-medium">{h}</th>)}</tr></thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => <tr key={r.day}><th scope="row" className="px-2 py-1 font-normal">{r.label}</th><td className="px-2 py-1">{r.reviewed}</td><td className="px-2 py-1">{r.blocked}</td><td className="px-2 py-1">{r.warned}</td><td className="px-2 py-1">{r.findings}</td></tr>)}
      </tbody>
    </table>
  );
  return (
    <ChartCard title="Messages per day" count={`${reviewed} reviewed`} testId="daily-chart" summary={summary} plotClassName="h-64"
      empty={reviewed === 0 ? "No messages were reviewed in this period yet; each day fills in as the team writes." : null}
      numbers={{ table, folded: true, scrollClassName: "max-h-64 overflow-auto" }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ left: -20, right: 4, top: 4, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "#eef6ff" }} wrapperStyle={{ fontSize: 12 }} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="reviewed" name="Reviewed" fill="#93b4ef" isAnimationActive={false} />
          <Line dataKey="blocked" name="Blocked" stroke="#dc2626" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="warned" name="Warned" stroke="#f59e0b" strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
