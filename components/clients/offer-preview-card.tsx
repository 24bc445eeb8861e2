import type { OfferPreview } from "@/lib/db/queries/offer-preview";
import type { PriceBand } from "@/lib/domain/assignment/price-band";
import type { Factor } from "@/lib/domain/routing/weights";
import { OfferActions } from "@/components/inbox/offer-actions";
import { OfferCountdown } from "@/components/inbox/offer-countdown";
import { compactMoney, humanize } from "@/components/format";

const FACTOR_LABELS: Record<Factor, string> = {
  expertise: "Expertise",
  workload: "Workload",
  successRate: "Success rate",
  preferenceFit: "Preference fit",
  commission: "Commission",
};

const band = (b: PriceBand | null) => (b ? `${compactMoney(b.low)} – ${compactMoney(b.high)}` : "Not given yet");

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{value}</dd>
    </div>
  );
}

/**
 * The client page of a seat holding a pending offer: the offer preview (name, need, market,
 * price band, language, why this seat) with the Inbox's Accept and Decline. Contact details and
 * the rest of the client open once the seat accepts.
 */
export function OfferPreviewCard({ preview, renderedAt }: { preview: OfferPreview; renderedAt: string }) {
  const { need, why } = preview;
  return (
    <section data-testid="offer-preview" aria-labelledby="offer-preview-title" className="max-w-2xl rounded-xl border border-amber-200 bg-white p-4 shadow-sm sm:p-6">
      <p className="text-xs font-semibold uppercase tracking-wide text-amber-700">Offer pending — preview</p>
      <h1 id="offer-preview-title" className="mt-1 break-words text-2xl font-bold text-slate-900">{preview.name}</h1>
      <p className="mt-1 text-sm text-slate-600">
        Offered to you as {need.teamRole === "lead" ? "the lead" : "a supporter"} ({humanize(need.seatRole)}) · <OfferCountdown expiresAt={preview.expiresAt?.toISOString() ?? null} renderedAt={renderedAt} />
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field label="Need" value={`${humanize(need.clientType)} · ${humanize(need.pipeline)} pipeline`} />
        <Field label="Market" value={preview.marketName ?? "No market"} />
        <Field label="Price band" value={band(preview.priceBand)} />
        <Field label="Language" value={preview.language.toUpperCase()} />
      </dl>
      <h2 className="mb-1 mt-5 text-xs font-semibold uppercase tracking-wide text-slate-500">Why this seat</h2>
      {why.reason ? <p className="text-sm text-slate-800">{why.reason}</p> : null}
      {why.factors.length ? (
        <ul className="mt-1 space-y-1 text-sm text-slate-700">
          {why.factors.map((f) => <li key={f.factor}><span className="font-medium text-slate-900">{FACTOR_LABELS[f.factor]}:</span> {f.explanation}</li>)}
        </ul>
      ) : null}
      {!why.reason && why.factors.length === 0 ? <p className="text-sm text-slate-500">The coordinator stored no explanation for this offer.</p> : null}
      <p className="mt-5 text-sm text-slate-600">Contact details, the budget, the dossier and the timeline open once you accept.</p>
      <div className="mt-3 border-t border-slate-100 pt-3">
        <OfferActions assignmentId={preview.assignmentId} clientName={preview.name} />
      </div>
    </section>
  );
}
