"use client";

import { useActionState, useState } from "react";
import { addGhlLocationId, removeGhlLocationId, type SettingsState } from "@/app/(console)/settings/actions";
import { ConfirmSubmit } from "./confirm-submit";
import { buttonClass, FormStatus, inputClass } from "./form-status";

function RemoveLocation({ locationId }: { locationId: string }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(removeGhlLocationId, {});
  return (
    <div className="min-w-0 max-w-full text-right">
      <ConfirmSubmit action={action} pending={pending} fields={{ locationId }} label="Remove" subject={locationId} question="Its webhooks are refused from then on." pendingLabel="Removing…" />
      {state.error ? <span role="alert" className="block text-xs text-red-700">{state.error}</span> : null}
    </div>
  );
}

/**
 * The GoHighLevel locations (sub-accounts) whose webhooks belong to this team: each connected
 * id with a way to remove it, and a form to add one. A webhook from any other location is
 * refused with the name of this panel.
 */
export function GhlLocationsPanel({ locationIds }: { locationIds: string[] }) {
  const [locationId, setLocationId] = useState("");
  const [state, action, pending] = useActionState<SettingsState, FormData>(async (prev, form) => {
    const next = await addGhlLocationId(prev, form);
    if (next.ok) setLocationId("");
    return next;
  }, {});
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">GoHighLevel names the sub-account in every webhook (its location id). Leads reach the coordinator only from the locations connected here.</p>
      {locationIds.length === 0 ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-ghl-locations">No location is connected yet, so every GoHighLevel webhook is refused. Add the location id below.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Connected locations">
          {locationIds.map((id) => (
            <li key={id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-testid="ghl-location">
              <code className="min-w-0 break-all text-sm text-slate-900">{id}</code>
              <RemoveLocation locationId={id} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="space-y-2">
        <label htmlFor="ghl-location-id" className="block text-sm font-medium text-slate-900">Location id</label>
        <input id="ghl-location-id" name="locationId" required maxLength={64} value={locationId} onChange={(e) => setLocationId(e.target.value)}
          autoComplete="off" spellCheck={false} placeholder="ve9EPM428h8vShlRW1KT" aria-describedby="ghl-location-hint" className={`${inputClass} font-mono`} />
        <p id="ghl-location-hint" className="text-xs text-slate-600">In GoHighLevel: Settings &gt; Business Profile &gt; Location ID, or the id after /location/ in the sub-account&apos;s address.</p>
        <FormStatus state={state} saved="Location connected: its webhooks now reach the coordinator." />
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Adding…" : "Add location"}</button>
      </form>
    </div>
  );
}
