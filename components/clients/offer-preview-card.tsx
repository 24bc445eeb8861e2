import type { OfferPreview } from "@/lib/db/queries/offer-preview";
import { OfferActions } from "@/components/inbox/offer-actions";
import { OfferCountdown } from "@/components/inbox/offer-countdown";
import { OfferPreviewFields } from "@/components/inbox/offer-preview-fields";
import { humanize } from "@/components/format";

/**
 * The client page of a seat holding a pending offer: the offer preview (name, need, market,
 * price band, language, last message, why this seat) with the Inbox's Accept and Decline.
 * Contact details and the rest of the client open once the seat accepts.
 */
export function OfferPreviewCard({ preview, renderedAt }: { preview: OfferPreview; renderedAt: string }) {
  const { need } = preview;
  return (
    <section data-testid="offer-preview" aria-labelledby="offer-preview-title" className="max-w-2xl rounded-xl border border-amber-200 bg-white p-4 shadow-sm sm:p-6">
      <p className="text-xs font-semibold uppercase tracking-wide text-amber-800">Offer pending — preview</p>
      <h1 id="offer-preview-title" className="mt-1 break-words text-2xl font-bold text-slate-900">{preview.name}</h1>
      <p className="mt-1 text-sm text-slate-600">
        Offered to you as {need.teamRole === "lead" ? "the lead" : "a supporter"} ({humanize(need.seatRole)}) · <OfferCountdown expiresAt={preview.expiresAt?.toISOString() ?? null} renderedAt={renderedAt} />
      </p>
      <div className="mt-4">
        <OfferPreviewFields need={need} marketName={preview.marketName} priceBand={preview.priceBand} language={preview.language} lastMessage={preview.lastMessage} why={preview.why} />
      </div>
      <p className="mt-5 text-sm text-slate-600">Contact details, the budget, the dossier and the timeline open once you accept.</p>
      <div className="mt-3 border-t border-slate-100 pt-3">
        <OfferActions assignmentId={preview.assignmentId} clientName={preview.name} />
      </div>
    </section>
  );
}
