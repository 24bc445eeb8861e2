import { humanize, money } from "@/components/format";

const LABELS: Record<string, string> = {
  propertyAddress: "Property address",
  whySelling: "Why selling",
  movingTo: "Moving to",
  timeline30to45Ok: "A 30–45 day sale works",
  condition: "Condition",
  desiredPrice: "Price that would feel good",
  priceRange: "Price range",
  preApproved: "Pre-approved",
  preApprovalAmount: "Pre-approval amount",
  lender: "Lender",
  bedrooms: "Bedrooms",
  wantsYard: "Wants a yard",
  timeline: "Move-in timeline",
};
const HIDDEN = new Set(["pipeline", "kind", "answered", "answerQuality"]);

function display(key: string, value: unknown): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return /price|amount|budget/i.test(key) ? money(value) : String(value);
  if (value && typeof value === "object" && "min" in value && "max" in value) {
    const range = value as { min: number; max: number };
    return `${money(range.min)} – ${money(range.max)}`;
  }
  if (typeof value === "string") return key === "condition" ? humanize(value) : value;
  return JSON.stringify(value);
}

/** The client's answers to Jorge's qualification questions, in plain words. */
export function QualificationList({ qualification }: { qualification: Record<string, unknown> }) {
  const answers = Object.entries(qualification).filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined);
  const answered = typeof qualification.answered === "number" ? qualification.answered : null;
  const quality = typeof qualification.answerQuality === "number" ? qualification.answerQuality : null;
  if (answers.length === 0) return <p className="text-sm text-slate-500">Not qualified yet.</p>;
  return (
    <>
      {answered !== null ? (
        <p className="mb-3 text-xs text-slate-500">{answered} of 4 core questions answered{quality !== null ? ` · answer quality ${Math.round(quality * 100)}%` : ""}</p>
      ) : null}
      <dl className="space-y-2">
        {answers.map(([key, value]) => (
          <div key={key}>
            <dt className="text-xs text-slate-500">{LABELS[key] ?? humanize(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase())}</dt>
            <dd className="break-words text-sm text-slate-900">{display(key, value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
