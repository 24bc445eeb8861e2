"use client";

import { useActionState } from "react";
import { revokeToken, type SettingsState } from "@/app/(console)/settings/actions";
import { dateTime } from "@/components/format";
import { ConfirmSubmit } from "./confirm-submit";
import { NewApiTokenForm } from "./new-api-token-form";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  scopes: string[];
  expiresAt: Date | null;
  /** True once the expiry has passed (read on the server when the page was rendered). */
  expired: boolean;
}

/** Revokes a token after asking: every system that sends it is refused from then on. */
function RevokeButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(revokeToken, {});
  return (
    <div className="min-w-0 max-w-full text-right">
      <ConfirmSubmit action={action} pending={pending} fields={{ tokenId: id }} label="Revoke" subject={name} question="Every system using it is refused at once; this cannot be undone." pendingLabel="Revoking…" />
      {state.error ? <span role="alert" className="block text-xs text-red-700">{state.error}</span> : null}
    </div>
  );
}

/** The expiry's day with its year, in UTC like the API's "expired on" answer. */
/** The expiry's day on the team's clock (Pacific), where the overseer reads it. */
const day = (d: Date) => d.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "America/Los_Angeles" });

/** When the token stops working: never, on a date, or already (marked "expired"). */
function Expiry({ token }: { token: TokenRow }) {
  if (!token.expiresAt) return <>Never expires</>;
  if (!token.expired) return <>Expires {day(token.expiresAt)}</>;
  return <><span className="rounded bg-red-50 px-1 font-medium text-red-700" data-testid="token-expired">expired</span> {day(token.expiresAt)}</>;
}

/** Bearer tokens for the JSON API: create one with its scopes and expiry (shown once), see each one's scopes, expiry and last use, revoke. */
export function ApiTokensPanel({ tokens }: { tokens: TokenRow[] }) {
  return (
    <div className="space-y-4">
      <NewApiTokenForm />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">No tokens yet. Create one for each system that calls the API.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {tokens.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-testid="api-token">
              <span className="min-w-0">
                <span className="block truncate font-medium text-slate-900">{t.name} <code className="text-xs text-slate-600">{t.prefix}…</code></span>
                <span className="mt-0.5 flex flex-wrap gap-1" aria-label="Scopes">
                  {t.scopes.map((s) => <code key={s} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{s}</code>)}
                </span>
                <span className="block text-xs text-slate-600">
                  {t.revokedAt ? `Revoked ${dateTime(t.revokedAt)}` : t.lastUsedAt ? `Last used ${dateTime(t.lastUsedAt)}` : "Never used"} · <Expiry token={t} /> · by {t.createdBy}
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
