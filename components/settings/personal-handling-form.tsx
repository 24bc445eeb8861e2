"use client";

import { useActionState, useState } from "react";
import type { SettingsState } from "@/app/(console)/settings/actions";
import { savePersonalHandling } from "@/app/(console)/settings/personal-handling-actions";
import { COMMISSION_RATE, COMMISSION_THRESHOLD_RANGE, priceForCommission } from "@/lib/domain/routing/commission";
import { buttonClass, FormStatus, inputClass } from "./form-status";

const dollars = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/**
 * Which clients Jorge leads himself: the commission line on a client's own stated price (with
 * the sale price it stands for) and the tags that send a client to him.
 */
export function PersonalHandlingForm({ setting }: { setting: { commissionThreshold: number; tags: readonly string[] } }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(savePersonalHandling, {});
  const [line, setLine] = useState(String(setting.commissionThreshold));
  const amount = Number(line.replace(/[$,\s]/g, ""));
  const price = line.trim() !== "" && Number.isFinite(amount) && amount > 0 ? `= a ${dollars(priceForCommission(amount))} sale at ${+(COMMISSION_RATE * 100).toFixed(2)}%` : "";
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">
        Jorge leads a client himself when they carry one of his tags, or when the commission on their own stated price (asking price,
        budget or pre-approval) reaches the line. A price estimated from a market median never counts. The same line raises the
        high-commission escalation.
      </p>
      <div className="grid grid-cols-[minmax(0,1fr)_9rem] items-start gap-3">
        <label htmlFor="ph-line" className="text-sm text-slate-900">
          Commission line
          <span className="block text-xs text-slate-600">dollars, {dollars(COMMISSION_THRESHOLD_RANGE.min)} to {dollars(COMMISSION_THRESHOLD_RANGE.max)}</span>
        </label>
        <div>
          <input id="ph-line" name="commissionThreshold" inputMode="numeric" required value={line} onChange={(e) => setLine(e.target.value)} aria-describedby="ph-line-price"
            className="w-full rounded-lg border border-slate-300 px-2 py-2 text-right text-sm tabular-nums" />
          <span id="ph-line-price" className="block text-right text-xs text-slate-600">{price}</span>
        </div>
      </div>
      <div>
        <label htmlFor="ph-tags" className="text-sm text-slate-900">Tags for Jorge</label>
        <input id="ph-tags" name="tags" defaultValue={setting.tags.join(", ")} aria-describedby="ph-tags-hint" className={`mt-1 ${inputClass}`} />
        <p id="ph-tags-hint" className="mt-0.5 text-xs text-slate-600">Separated by commas, compared without case: a client tagged with any of them goes to Jorge.</p>
      </div>
      <FormStatus state={state} saved="Personal handling saved: new requests follow it." />
      <button type="submit" disabled={pending} className={`${buttonClass} min-h-11 sm:min-h-0`}>{pending ? "Saving…" : "Save personal handling"}</button>
    </form>
  );
}
