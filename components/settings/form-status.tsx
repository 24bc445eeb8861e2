import type { SettingsState } from "@/app/(console)/settings/actions";

/** The outcome of a settings form: its error, a saved notice, or a secret shown once. */
export function FormStatus({ state, saved = "Saved." }: { state: SettingsState; saved?: string }) {
  if (state.error) return <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>;
  if (state.secret) {
    return (
      <div role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        <p className="font-medium">Copy it now: it will not be shown again.</p>
        <code data-testid="secret" className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs">{state.secret}</code>
      </div>
    );
  }
  if (state.ok) return <p role="status" className="text-sm text-emerald-700">{saved}</p>;
  return null;
}

export const inputClass = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
export const buttonClass = "min-h-11 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70 sm:min-h-0";
