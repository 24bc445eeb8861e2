import type { ReactNode } from "react";
import { humanize, money } from "@/components/format";
import { LANGUAGE_CHOICES, TIME_ZONE_CHOICES } from "./profile-choices";
import type { EditableProfile } from "./profile-form";

function Field({ label, value, wide = false }: { label: string; value: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "col-span-2 min-w-0" : "min-w-0"}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{value ?? "—"}</dd>
    </div>
  );
}

const wordsFor = (choices: readonly (readonly [string, string])[], value: string) => choices.find(([v]) => v === value)?.[1] ?? value;

export interface ProfileFactsProps {
  client: EditableProfile & { type: string; leadSource: string | null; state: string | null };
  marketName: string | null;
  ownerName: string | null;
  satisfaction: string;
}

/** The client's profile at a glance: who, where, money, timeline, consent, owner and satisfaction. */
export function ProfileFacts({ client, marketName, ownerName, satisfaction }: ProfileFactsProps) {
  const seller = client.pipeline === "seller";
  const place = [client.propertyAddress, [client.city, client.state].filter(Boolean).join(", "), client.postalCode].filter(Boolean).join(" · ");
  return (
    <dl className="grid grid-cols-2 gap-3">
      <Field label="Type" value={humanize(client.type)} />
      <Field label="Market" value={marketName} />
      <Field label="Owner seat" value={ownerName ?? "Unassigned"} />
      <Field label="Language" value={wordsFor(LANGUAGE_CHOICES, client.language)} />
      <Field label="Email" value={client.email} />
      <Field label="Phone" value={client.phone} />
      <Field wide label="Address" value={place || null} />
      <Field label="Time zone" value={wordsFor(TIME_ZONE_CHOICES, client.timeZone)} />
      <Field label="Lead source" value={client.leadSource} />
      <Field label={seller ? "Price expectation" : "Budget"} value={seller ? money(client.priceExpectation) : client.budgetMin === null && client.budgetMax === null ? null : `${money(client.budgetMin)} – ${money(client.budgetMax)}`} />
      <Field label="Pre-approved" value={client.preApproved === null ? "Not asked yet" : client.preApproved ? (client.preApprovalAmount ? money(client.preApprovalAmount) : "Yes") : "No"} />
      <Field label="Timeline" value={client.timelineDays === null ? null : `${client.timelineDays} days`} />
      <Field label="Consent" value={`${client.smsConsent && !client.optedOutAt ? "SMS" : "no SMS"}, ${client.emailConsent ? "email" : "no email"}`} />
      <Field wide label="Satisfaction, 90 days" value={satisfaction} />
    </dl>
  );
}
