interface Props {
  q?: string;
  stage?: string;
  market?: string;
  team?: string;
  stages: readonly string[];
  markets: { id: string; name: string }[];
}

/** Search and filters as a plain GET form, so every filtered view has a shareable URL. */
export function ClientFilters({ q, stage, market, team, stages, markets }: Props) {
  const field = "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <form className="mb-4 grid gap-2 sm:grid-cols-[1fr_auto_auto_auto_auto]" role="search">
      <label className="sr-only" htmlFor="q">Search clients</label>
      <input id="q" name="q" defaultValue={q} placeholder="Search name, email or phone" className={field} />
      <label className="sr-only" htmlFor="stage">Stage</label>
      <select id="stage" name="stage" defaultValue={stage ?? ""} className={field}>
        <option value="">All stages</option>
        {stages.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
      <label className="sr-only" htmlFor="market">Market</label>
      <select id="market" name="market" defaultValue={market ?? ""} className={field}>
        <option value="">All markets</option>
        {markets.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
      <label className="sr-only" htmlFor="team">Team</label>
      <select id="team" name="team" defaultValue={team ?? ""} className={field}>
        <option value="">Any team</option>
        <option value="none">Needs a team</option>
        <option value="pending">Offer pending</option>
      </select>
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Filter</button>
    </form>
  );
}
