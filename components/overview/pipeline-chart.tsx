"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface StageCount {
  stage: string;
  clients: number;
}

/** Clients per stage of one pipeline, as horizontal bars that stay readable on a phone. */
export function PipelineChart({ title, data }: { title: string; data: StageCount[] }) {
  const total = data.reduce((sum, d) => sum + d.clients, 0);
  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="flex items-baseline justify-between">
        <span className="font-semibold text-slate-900">{title}</span>
        <span className="text-sm text-slate-500">{total} clients</span>
      </figcaption>
      {total === 0 ? (
        <p className="py-10 text-center text-sm text-slate-500">No clients in this pipeline yet.</p>
      ) : (
        <div className="mt-3 h-64" data-testid={`pipeline-${title}`}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
              <CartesianGrid horizontal={false} stroke="#e2e8f0" />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="stage" width={120} tick={{ fontSize: 12 }} />
              <Tooltip cursor={{ fill: "#eef6ff" }} />
              <Bar dataKey="clients" fill="#2f6fdf" radius={[0, 4, 4, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
