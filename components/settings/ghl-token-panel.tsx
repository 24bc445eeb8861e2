"use client";

import { useActionState, useState } from "react";
import type { SettingsState } from "@/app/(console)/settings/actions";
import { removeGhlTokenAction, saveGhlTokenAction } from "@/app/(console)/settings/ghl-token-actions";
import { ConfirmSubmit } from "./confirm-submit";
import { buttonClass, FormStatus, inputClass } from "./form-status";

export interface LocationTokenRow {
  locationId: string;
  /** Last four characters of the stored token, or null when none is stored. */
  last4: string | null;
}

function RemoveToken({ locationId }: { locationId: string }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(removeGhlTokenAction, {});
  return (
    <div className="text-right">
      <ConfirmSubmit action={action} pending={pending} fields={{ locationId }} label="Remove" subject={`the token of ${locationId}`} question="Messages for this location stop going out until a token is pasted again." pendingLabel="Removing…" />
      {state.error ? <span role="alert" className="block text-xs text-red-700">{state.error}</span> : null}
    </div>
  );
}

function TokenForm({ locationId, replacing }: { locationId: string; replacing: boolean }) {
  const [token, setToken] = useState("");
  const [state, action, pending] = useActionState<SettingsState, FormData>(async (prev, form) => {
    const next = await saveGhlTokenAction(prev, form);
    if (next.ok) setToken("");
    return next;
  }, {});
  const id = `ghl-token-${locationId}`;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locationId" value={locationId} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">{replacing ? "Replace with a new token" : "Private Integration token"}</label>
      <input id={id} name="token" type="password" required maxLength={2048} value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" spellCheck={false} placeholder="pit-…" className={`${inputClass} font-mono`} />
      <FormStatus state={state} saved="Token saved: messages for this location go out through GoHighLevel." />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : replacing ? "Replace token" : "Save token"}</button>
    </form>
  );
}

/**
 * Per connected GoHighLevel location, the Private Integration token the outbox sends with:
 * pasted once, stored encrypted, shown afterwards only as its last four characters, replaceable
 * and removable. Without a token (and without one for every location on the server), messages
 * for the location wait as "not connected".
 */
export function GhlTokenPanel({ locations, serverToken }: { locations: LocationTokenRow[]; serverToken: boolean }) {
  const anyToken = serverToken || locations.some((l) => l.last4);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">Messages to clients go out through GoHighLevel&apos;s Conversations API with the location&apos;s Private Integration token (in GoHighLevel: Settings &gt; Private Integrations, with the conversations scopes).</p>
      {serverToken ? <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="ghl-server-token">The server has a token for every location; a token pasted here takes its place for that location.</p> : null}
      {!anyToken ? <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-ghl-token">No token yet, so messages to clients stay &quot;not connected&quot; and nothing is sent. Paste a token for a location below.</p> : null}
      {locations.length === 0 ? (
        <p className="text-sm text-slate-600">Connect a location under GoHighLevel locations first; its token goes here.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Sending tokens by location">
          {locations.map((l) => (
            <li key={l.locationId} className="space-y-3 py-3" data-testid="ghl-token-location">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <code className="break-all text-sm text-slate-900">{l.locationId}</code>
                  <p className="text-sm text-slate-600" data-testid="ghl-token-status">{l.last4 ? <>Token <span className="font-mono">…{l.last4}</span></> : serverToken ? "Uses the server's token" : "No token: not connected"}</p>
                </div>
                {l.last4 ? <RemoveToken locationId={l.locationId} /> : null}
              </div>
              <TokenForm locationId={l.locationId} replacing={Boolean(l.last4)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
