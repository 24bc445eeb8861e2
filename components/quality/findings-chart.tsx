"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { humanize } from "@/components/format";
import type { RuleFindings } from "@/lib/domain/quality/report";
import { ruleLabel } from "./rule-label";

const LEVELS = [["block", "Blocked", "#dc2626"], ["warn", "Warned", "#f59e0b"], ["info", "Noted", "#64748b"]] as const;

/** Findings per rule as stacked horizontal bars (blocked, warned, noted), with the categories in a table under it. */
export function FindingsChart({ rules, reviewed }: { rules: RuleFindings[]; reviewed: number }) {
  const total = rules.reduce((sum, r) => sum + r.total, 0);
  const rows = rules.map((r) => ({ rule: ruleLabel(r.rule), block: r.block, warn: r.warn, info: r.info }));
  const summary = `Findings by rule: ${total} in all. ${rules.map((r) => `${ruleLabel(r.rule)} ${r.total}`).join(", ")}.`;
  const table = (
    <table className="w-full text-left text-xs tabular-nums">
      <caption className="sr-only">Findings by rule and category</caption>
      <thead><tr className="text-slate-600"><th scope="col" className="py-1 font-medium">Rule</th><th scope="col" className="py-1 font-medium">Categories</th><th scope="col" className="py-1 text-right font-medium">Findings</th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {rules.map((r) => (
          <tr key={r.rule}>
            <th scope="row" className="py-1 pr-2 font-normal text-slate-800">{ruleLabel(r.rule)}</th>
            <td className="py-1 pr-2 text-slate-600">{r.categories.map((c) => `${humanize(c.code)} ${c.count}`).join(", ")}</td>
            <td className="py-1 text-right">{r.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartCard title="Findings by rule" count={`${total} total`} testId="findings-chart" summary={summary} plotHeight={48 + rows.length * 40}
      empty={total === 0 ? `No findings in this period.${reviewed > 0 ? " Every reviewed message met the rules." : ""}` : null}
      numbers={{ table, folded: false }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="rule" width={112} tick={{ fontSize: 11 }} />
          <Tooltip cursor={{ fill: "#eef6ff" }} wrapperStyle={{ fontSize: 12 }} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {LEVELS.map(([key, name, fill]) => <Bar key={key} dataKey={key} name={name} stackId="levels" fill={fill} isAnimationActive={false} />)}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
