import { signOutEverywhere, signOutSession } from "@/app/(console)/account/actions";
import { ActionForm } from "@/components/action-form";
import { dateTime } from "@/components/format";
import { describeDevice } from "@/lib/domain/auth/device";
import type { LiveSession } from "@/lib/db/queries/users";

/** The viewer's live sessions: device, address, when signed in and last seen, each with a sign-out. */
export function SessionList({ sessions, currentId }: { sessions: LiveSession[]; currentId: string | null | undefined }) {
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100" aria-label="Signed-in devices">
        {sessions.map((s) => {
          const here = s.id === currentId;
          const device = describeDevice(s.userAgent);
          return (
            <li key={s.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid="account-session">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {device}
                  {here ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">This device</span> : null}
                </p>
                <p className="text-slate-600">{s.address && s.address !== "unknown" ? s.address : "Address unknown"}</p>
                <p className="text-xs text-slate-500">Signed in {dateTime(s.createdAt)} · last seen {dateTime(s.lastSeenAt)}</p>
              </div>
              <ActionForm action={signOutSession} hidden={{ sessionId: s.id }} submitLabel={here ? "Sign out here" : "Sign out"} pendingLabel="Signing out…" tone="secondary" className="sm:w-56" />
            </li>
          );
        })}
      </ul>
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
        <p className="text-sm text-slate-700">Lost a phone or signed in on a shared computer? Sign out everywhere, this device included.</p>
        <ActionForm action={signOutEverywhere} submitLabel="Sign out everywhere" pendingLabel="Signing out…" tone="secondary" className="mt-2" />
      </div>
    </div>
  );
}
