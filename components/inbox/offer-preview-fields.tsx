import type { OfferPreview, PreviewMessage } from "@/lib/db/queries/offer-preview";
import type { PriceBand } from "@/lib/domain/assignment/price-band";
import { languageName } from "@/lib/domain/routing/language";
import type { Factor } from "@/lib/domain/routing/weights";
import { compactMoney, dateTime, humanize } from "@/components/format";
import { channelLabel } from "@/components/tasks/client-pulse";

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
    <div className="min-w-0">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{value}</dd>
    </div>
  );
}

interface Props {
  need: { clientType: string; pipeline: string };
  marketName: string | null;
  priceBand: PriceBand | null;
  language: string;
  lastMessage: PreviewMessage | null;
  why: OfferPreview["why"];
  /** Narrow cards lay the four fields out two by two. */
  narrow?: boolean;
}

/**
 * What an offer shows before the seat accepts: need, market, price band and language, the
 * client's last message (contact details hidden), and why the coordinator chose this seat.
 */
export function OfferPreviewFields({ need, marketName, priceBand, language, lastMessage, why, narrow = false }: Props) {
  return (
    <div className="space-y-3" data-testid="offer-preview-fields">
      <dl className={`grid grid-cols-2 gap-3 ${narrow ? "" : "sm:grid-cols-4"}`}>
        <Field label="Need" value={`${humanize(need.clientType)} · ${humanize(need.pipeline)} pipeline`} />
        <Field label="Market" value={marketName ?? "No market"} />
        <Field label="Price band" value={band(priceBand)} />
        <Field label="Language" value={languageName(language)} />
      </dl>
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Last message</h3>
        {lastMessage ? (
          <figure className="mt-1 rounded-lg border-l-4 border-slate-300 bg-slate-50 px-3 py-2" data-testid="offer-last-message">
            <blockquote className="break-words text-sm text-slate-900">{lastMessage.body}</blockquote>
            <figcaption className="mt-1 text-xs text-slate-600">{channelLabel(lastMessage.channel)} · {dateTime(lastMessage.at)}</figcaption>
          </figure>
        ) : (
          <p className="mt-1 text-sm text-slate-600">The client has not written yet.</p>
        )}
      </div>
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Why this seat</h3>
        {why.reason ? <p className="mt-1 break-words text-sm text-slate-800">{why.reason}</p> : null}
        {why.factors.length ? (
          <ul className="mt-1 space-y-1 text-sm text-slate-700">
            {why.factors.map((f) => <li key={f.factor} className="break-words"><span className="font-medium text-slate-900">{FACTOR_LABELS[f.factor]}:</span> {f.explanation}</li>)}
          </ul>
        ) : null}
        {!why.reason && why.factors.length === 0 ? <p className="mt-1 text-sm text-slate-600">The coordinator stored no explanation for this offer.</p> : null}
      </div>
    </div>
  );
}
