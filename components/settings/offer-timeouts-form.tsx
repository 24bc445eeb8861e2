"use client";

import { useActionState } from "react";
import { saveOfferTimeouts, type SettingsState } from "@/app/(console)/settings/actions";
import { OFFER_ROLES } from "@/lib/domain/assignment/offer-timeout";
import { humanize } from "@/components/format";
import { buttonClass, FormStatus } from "./form-status";

/** How long a human seat has to answer an offer before it falls back to the next candidate, with optional per-role timeouts. */
export function OfferTimeoutsForm({ hot, fallback, byRole = {} }: { hot: number; fallback: number; byRole?: Partial<Record<string, number>> }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveOfferTimeouts, {});
  const field = "w-28 rounded-lg border border-slate-300 px-2 py-1.5 text-right text-sm tabular-nums";
  return (
    <form action={action} className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <label htmlFor="t-hot" className="text-sm text-slate-900">Hot leads <span className="block text-xs text-slate-500">seconds, 30 to 3,600</span></label>
        <input id="t-hot" name="hot" type="number" min={30} max={3600} step={1} required defaultValue={hot} className={field} />
      </div>
      <div className="flex items-center justify-between gap-3">
        <label htmlFor="t-default" className="text-sm text-slate-900">Everyone else <span className="block text-xs text-slate-500">seconds, 60 to 86,400</span></label>
        <input id="t-default" name="default" type="number" min={60} max={86400} step={1} required defaultValue={fallback} className={field} />
      </div>
      <details className="rounded-lg border border-slate-200 px-3 py-2" open={Object.keys(byRole).length > 0}>
        <summary className="cursor-pointer text-sm font-medium text-slate-800">Per role, for leads that are not hot</summary>
        <p className="mt-1 text-xs text-slate-500">Seconds; leave blank for the timeout of everyone else. A hot lead always gets the hot timeout, or the role&apos;s when shorter.</p>
        <div className="mt-2 space-y-2">
          {OFFER_ROLES.map((role) => (
            <div key={role} className="flex items-center justify-between gap-3">
              <label htmlFor={`t-role-${role}`} className="text-sm text-slate-900">{humanize(role)}</label>
              <input id={`t-role-${role}`} name={`role.${role}`} type="number" min={60} max={86400} step={1} defaultValue={byRole[role] ?? ""} placeholder={String(fallback)} className={field} />
            </div>
          ))}
        </div>
      </details>
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save timeouts"}</button>
    </form>
  );
}
