import Link from "next/link";
import type { OpenOffer } from "@/lib/db/queries/offers";
import { TemperatureBadge } from "@/components/clients/temperature-badge";
import { dateTime, humanize } from "@/components/format";
import { OfferActions } from "./offer-actions";
import { OfferCountdown } from "./offer-countdown";
import { OfferPreviewFields } from "./offer-preview-fields";

/** "1st", "2nd", "3rd", "11th", "22nd". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** Where the offer stands in the client's fallback chain: the first choice, or how far down it came. */
function chainPlace(fallbackRank: number): string {
  return fallbackRank <= 0 ? "1st choice" : `${ordinal(fallbackRank + 1)} in the chain`;
}

/**
 * One offer waiting for an answer: the client, the place (lead or support) and role and the
 * temperature, then the preview the seat decides on (need, market, price band, language, the
 * client's last message, why this seat), its place in the fallback chain, a live countdown and
 * the answer buttons. Jorge's view also names the seat the offer went to.
 */
export function OfferCard({ offer, showSeat, renderedAt }: { offer: OpenOffer; showSeat: boolean; renderedAt: string }) {
  const lead = offer.teamRole === "lead";
  return (
    <li data-testid="offer-card" className="flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <Link href={`/clients/${offer.clientId}`} className="break-words text-base font-semibold text-brand-700 hover:underline">{offer.clientName}</Link>
          <p className="mt-0.5 text-xs text-slate-600">
            <span className={`mr-1.5 rounded px-1.5 py-0.5 font-semibold ${lead ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-700"}`}>{lead ? "Lead" : "Support"}</span>
            {humanize(offer.seatRole)}
          </p>
        </div>
        <span className="shrink-0"><TemperatureBadge temperature={offer.temperature} /></span>
      </div>
      {showSeat ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="offer-seat">Offered to <strong className="font-semibold text-slate-900">{offer.seatName}</strong></p>
      ) : null}
      <div className="mt-3">
        <OfferPreviewFields need={offer} marketName={offer.marketName} priceBand={offer.priceBand} language={offer.language} lastMessage={offer.lastMessage} why={offer.why} narrow />
      </div>
      <div className="mb-3 mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <OfferCountdown expiresAt={offer.expiresAt?.toISOString() ?? null} renderedAt={renderedAt} />
        <span>{chainPlace(offer.fallbackRank)}</span>
        <span>Offered {dateTime(offer.offeredAt)}</span>
        {offer.score !== null ? <span>Score {offer.score.toFixed(2)}</span> : null}
      </div>
      <div className="mt-auto border-t border-slate-100 pt-3">
        <OfferActions assignmentId={offer.id} clientName={offer.clientName} />
      </div>
    </li>
  );
}
