"use client";

import { useActionState, useState } from "react";
import { saveMarketAliases, type SettingsState } from "@/app/(console)/settings/actions";
import { FormStatus, inputClass } from "./form-status";

export interface MarketPlaces {
  id: string;
  name: string;
  zipCodes: string[];
  aliases: string[];
}

function MarketRow({ market }: { market: MarketPlaces }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveMarketAliases, {});
  const [aliases, setAliases] = useState(market.aliases.join(", "));
  const inputId = `aliases-${market.id}`;
  return (
    <form action={action} className="space-y-1.5 py-3" data-testid="market-aliases">
      <input type="hidden" name="marketId" value={market.id} />
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        {market.name} <span className="font-normal text-slate-600">· ZIP {market.zipCodes.join(", ")}</span>
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <textarea id={inputId} name="aliases" value={aliases} rows={aliases.length > 60 ? 2 : 1} maxLength={4000} onChange={(e) => setAliases(e.target.value)}
          placeholder="Neighborhoods and nearby names, separated by commas" className={`${inputClass} min-w-0 resize-y sm:flex-1`} />
        <button type="submit" disabled={pending} aria-label={`Save place names for ${market.name}`}
          className="min-h-11 shrink-0 rounded-lg border border-brand-600 px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70 sm:min-h-0 sm:py-2">
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
      <FormStatus state={state} saved={`Place names saved for ${market.name}.`} />
    </form>
  );
}

/** The place names clients use for each market (neighborhoods such as Alta Loma), by which intake finds a client's market. */
export function MarketAliasesForm({ markets }: { markets: MarketPlaces[] }) {
  return (
    <div>
      <p className="text-sm text-slate-600">
        A client&apos;s ZIP decides their market; without one, the city they give or a place their message names does. List the names people use for each market, separated by commas.
      </p>
      {markets.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No active market yet.</p>
      ) : (
        <div className="divide-y divide-slate-100">{markets.map((m) => <MarketRow key={m.id} market={m} />)}</div>
      )}
    </div>
  );
}
