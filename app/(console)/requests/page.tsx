import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listRecentRequests } from "@/lib/db/queries/client-requests";
import { dateTime, fullName } from "@/components/format";
import { PageHeader } from "@/components/section";

export const metadata: Metadata = { title: "Client requests" };
export const dynamic = "force-dynamic";

const SOURCES: Record<string, string> = { ghl_webhook: "GoHighLevel", form: "Form", api: "API" };
const STATUS_STYLE: Record<string, string> = {
  received: "bg-slate-100 text-slate-700",
  routed: "bg-emerald-50 text-emerald-700",
  escalated: "bg-amber-50 text-amber-800",
  failed: "bg-red-50 text-red-700",
};

export default async function RequestsPage() {
  const viewer = await requireViewer();
  if (!viewerCan(viewer, "requests.create")) notFound();
  const requests = await listRecentRequests(getDb(), viewer.organizationId);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <PageHeader title="Client requests" subtitle="Every lead and need as it arrived, and what the coordinator did with it." />
        <Link href="/requests/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 sm:min-h-0">New request</Link>
      </div>
      {requests.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">No requests yet. They arrive from GoHighLevel, the API, or the New request form.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="request-row">
              <span className="min-w-0">
                <span className="block truncate font-medium text-slate-900">
                  {r.clientId && r.firstName ? <Link href={`/clients/${r.clientId}`} className="hover:text-brand-600">{fullName({ firstName: r.firstName, lastName: r.lastName ?? "" })}</Link> : "Not linked to a client yet"}
                </span>
                <span className="block truncate text-xs text-slate-600">{r.error ?? r.requestText ?? "No message"}</span>
              </span>
              <span className="flex shrink-0 items-center gap-2 text-xs">
                <span className="text-slate-600">{SOURCES[r.source] ?? r.source}</span>
                <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[r.status] ?? ""}`}>{r.status}</span>
                <span className="text-slate-600">{dateTime(r.receivedAt)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
