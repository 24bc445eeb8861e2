import Link from "next/link";
import { humanize } from "@/components/format";
import { OVERLOAD_RATIO } from "@/lib/db/queries/team-board";
import { PRESENCE, SUPPORT_ROLES } from "@/lib/domain/team/vocabulary";
import { ROLE_GROUPS } from "./role-groups";
import { presenceLabel } from "./seat-indicators";

interface Props {
  q?: string;
  role?: string;
  market?: string;
  presence?: string;
  overloaded?: boolean;
  markets: { id: string; name: string }[];
}

/** The board's filters as a plain GET form, so every filtered view has a shareable URL. */
export function TeamFilters({ q, role, market, presence, overloaded, markets }: Props) {
  const field = "min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
  const filtered = Boolean(q || role || market || presence || overloaded);
  return (
    <form className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-[minmax(10rem,1fr)_auto_auto_auto_auto_auto]" role="search" aria-label="Filter seats">
      <label className="sr-only" htmlFor="q">Search seats</label>
      <input id="q" name="q" type="search" defaultValue={q} placeholder="Search seat name" className={`${field} col-span-2 lg:col-span-1`} />
      <label className="sr-only" htmlFor="role">Role</label>
      <select id="role" name="role" defaultValue={role ?? ""} className={field}>
        <option value="">All roles</option>
        {ROLE_GROUPS.filter((g) => g.key !== "support").map((g) => <option key={g.key} value={g.key}>{humanize(g.key)}</option>)}
        <optgroup label="Support">
          <option value="support">All support roles</option>
          {SUPPORT_ROLES.map((r) => <option key={r} value={r}>{humanize(r)}</option>)}
        </optgroup>
      </select>
      <label className="sr-only" htmlFor="market">Market</label>
      <select id="market" name="market" defaultValue={market ?? ""} className={field}>
        <option value="">All markets</option>
        {markets.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
      <label className="sr-only" htmlFor="presence">Presence</label>
      <select id="presence" name="presence" defaultValue={presence ?? ""} className={field}>
        <option value="">Any presence</option>
        {PRESENCE.map((p) => <option key={p} value={p}>{presenceLabel(p)}</option>)}
      </select>
      <label className="flex items-center gap-2 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700">
        <input type="checkbox" name="overloaded" value="1" defaultChecked={overloaded} className="h-4 w-4 accent-brand-600" />
        Overloaded <span className="text-xs text-slate-500">({Math.round(OVERLOAD_RATIO * 100)}%+)</span>
      </label>
      <span className="col-span-2 flex gap-2 lg:col-span-1">
        <button type="submit" className="flex-1 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Filter</button>
        {filtered ? <Link href="/team" className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">Clear</Link> : null}
      </span>
    </form>
  );
}
