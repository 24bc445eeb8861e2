"use client";

import { useActionState } from "react";
import { newApiToken, revokeToken, type SettingsState } from "@/app/(console)/settings/actions";
import { dateTime } from "@/components/format";
import { buttonClass, FormStatus, inputClass } from "./form-status";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function RevokeButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(revokeToken, {});
  return (
    <form action={action} className="shrink-0">
      <input type="hidden" name="tokenId" value={id} />
      <button type="submit" disabled={pending} aria-label={`Revoke ${name}`} className="rounded-lg border border-red-200 px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50">
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state.error ? <span className="block text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}

/** Bearer tokens for POST /api/v1/requests: create (shown once), see when each was last used, revoke. */
export function ApiTokensPanel({ tokens }: { tokens: TokenRow[] }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(newApiToken, {});
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="token-name" className="sr-only">Token name</label>
        <input id="token-name" name="name" required maxLength={80} placeholder="Who will use it, e.g. Website form" className={inputClass} />
        <button type="submit" disabled={pending} className={`${buttonClass} shrink-0`}>{pending ? "Creating…" : "Create token"}</button>
      </form>
      <FormStatus state={state} />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-500">No tokens yet. Create one for each system that sends requests.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {tokens.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-3 py-2" data-testid="api-token">
              <span className="min-w-0">
                <span className="block truncate font-medium text-slate-900">{t.name} <code className="text-xs text-slate-500">{t.prefix}…</code></span>
                <span className="block text-xs text-slate-500">
                  {t.revokedAt ? `Revoked ${dateTime(t.revokedAt)}` : t.lastUsedAt ? `Last used ${dateTime(t.lastUsedAt)}` : "Never used"} · by {t.createdBy}
                </span>
              </span>
              {t.revokedAt ? null : <RevokeButton id={t.id} name={t.name} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
