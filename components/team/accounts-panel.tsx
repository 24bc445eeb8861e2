import { dateTime } from "@/components/format";
import { Section } from "@/components/section";
import type { AccountRow } from "@/lib/db/queries/users";
import { AccountAccessButton } from "./account-access-button";

const ROLE_LABELS: Record<string, string> = { overseer: "Overseer", agent: "Team member", viewer: "Viewer" };

/** Every sign-in account of the team, for the overseer: who is active, who is disabled, and the switch. */
export function AccountsPanel({ accounts, viewerId }: { accounts: AccountRow[]; viewerId: string }) {
  return (
    <Section title="Accounts" className="mt-8 scroll-mt-4" id="accounts">
      <p className="mb-2 text-sm text-slate-500">Disabling an account signs that person out everywhere at once; their clients and history stay.</p>
      <ul className="divide-y divide-slate-100" aria-label="Accounts">
        {accounts.map((a) => (
          <li key={a.userId} className="flex flex-col gap-2 py-2.5 sm:flex-row sm:items-center sm:justify-between" data-testid="account-row">
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {a.name}
                {a.disabledAt ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Disabled</span> : null}
              </p>
              <p className="truncate text-slate-500">
                {a.email} · {ROLE_LABELS[a.role] ?? a.role}
                {a.disabledAt ? ` · disabled ${dateTime(a.disabledAt)}` : ""}
              </p>
            </div>
            {a.userId === viewerId ? <span className="text-xs text-slate-500">This is you</span> : <AccountAccessButton userId={a.userId} name={a.name} disabled={a.disabledAt !== null} />}
          </li>
        ))}
      </ul>
    </Section>
  );
}
