import { OVERSEER_COMMAND_EXAMPLE } from "@/lib/domain/setup/setup-notes";
import { getDb } from "@/lib/db/client";
import { hasActiveOverseer } from "@/lib/db/queries/organizations";

/**
 * Tells whoever opens a console that nobody can sign in to yet how to create the overseer's
 * account on the server. Renders nothing once an active overseer exists.
 */
export async function FirstRunNotice() {
  if (await hasActiveOverseer(getDb())) return null;
  return (
    <div role="status" className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>This console has no overseer yet. On the server, run:</p>
      <code className="mt-1 block break-all rounded bg-white/70 px-2 py-1 font-mono text-xs text-slate-800">{OVERSEER_COMMAND_EXAMPLE}</code>
    </div>
  );
}
