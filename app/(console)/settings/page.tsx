import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { weightsFromSetting } from "@/lib/domain/routing/weights";
import type { FollowUpCadence } from "@/lib/domain/followup/cadence";
import { fieldMappingFrom } from "@/lib/domain/intake/custom-fields";
import { FOLLOW_UP_CADENCE, OFFER_TIMEOUT_SECONDS, SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { loadPlacedMarkets } from "@/lib/db/queries/markets";
import { getGhlLocationIds, getSettings } from "@/lib/db/queries/organizations";
import { listApiTokens } from "@/lib/services/api-tokens";
import { footerPreview, loadEmailSender } from "@/lib/services/settings/email-sender";
import { listGhlTokens } from "@/lib/services/settings/ghl-tokens";
import { listMessageTemplates } from "@/lib/services/settings/message-templates";
import { GHL_WEBHOOK_SETTING } from "@/lib/services/ghl-auth-config";
import { loadHandoffLimits } from "@/lib/services/handoffs/handoff-context";
import { loadRoutingSettings } from "@/lib/services/intake/routing-settings";
import { ApiTokensPanel } from "@/components/settings/api-tokens-panel";
import { EmailSenderForm } from "@/components/settings/email-sender-form";
import { EscalationSlaForm } from "@/components/settings/escalation-sla-form";
import { FieldMappingForm } from "@/components/settings/field-mapping-form";
import { FollowUpCadenceForm } from "@/components/settings/follow-up-cadence-form";
import { GhlLocationsPanel } from "@/components/settings/ghl-locations-panel";
import { GhlTokenPanel } from "@/components/settings/ghl-token-panel";
import { GhlWebhookPanel } from "@/components/settings/ghl-webhook-panel";
import { HandoffLimitsForm } from "@/components/settings/handoff-limits-form";
import { MarketAliasesForm } from "@/components/settings/market-aliases-form";
import { MessageTemplatesForm } from "@/components/settings/message-templates-form";
import { OfferTimeoutsForm } from "@/components/settings/offer-timeouts-form";
import { PersonalHandlingForm } from "@/components/settings/personal-handling-form";
import { WeightsForm } from "@/components/settings/weights-form";
import { PageHeader, Section } from "@/components/section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer();
  if (!viewerCan(viewer, "settings.manage")) notFound();
  const db = getDb();
  const [stored, tokens, routing, handoffLimits, locationIds, markets, ghlTokens, templates, sender] = await Promise.all([
    getSettings(db, viewer.organizationId, [SETTING_KEYS.routingWeights, SETTING_KEYS.offerTimeouts, SETTING_KEYS.followUpCadence, SETTING_KEYS.ghlFieldMapping, GHL_WEBHOOK_SETTING]),
    listApiTokens(db, viewer.organizationId),
    loadRoutingSettings(db, viewer.organizationId),
    loadHandoffLimits(db, viewer.organizationId),
    getGhlLocationIds(db, viewer.organizationId),
    loadPlacedMarkets(db, viewer.organizationId),
    listGhlTokens(db, viewer.organizationId),
    listMessageTemplates(db, viewer.organizationId),
    loadEmailSender(db, viewer.organizationId),
  ]);
  const { weights, error } = weightsFromSetting(stored.get(SETTING_KEYS.routingWeights));
  const timeouts = { ...OFFER_TIMEOUT_SECONDS, ...(stored.get(SETTING_KEYS.offerTimeouts) as object | undefined) };
  const cadence: FollowUpCadence = { ...FOLLOW_UP_CADENCE, ...(stored.get(SETTING_KEYS.followUpCadence) as Partial<FollowUpCadence> | undefined) };
  const ghl = (stored.get(GHL_WEBHOOK_SETTING) ?? {}) as { publicKey?: string; allowLegacyRsa?: boolean; workflowTokenSha256?: string };
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");

  return (
    <>
      <PageHeader title="Settings" subtitle="How the coordinator routes requests, how work moves and escalates, and how other systems reach the console." />
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Routing weights">
          {error ? <p role="alert" className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">The stored weights are invalid ({error}); routing uses the defaults until they are fixed.</p> : null}
          <WeightsForm weights={weights} />
        </Section>
        <div className="space-y-4">
          <Section title="Offer timeouts"><OfferTimeoutsForm hot={timeouts.hot} fallback={timeouts.default} byRole={(timeouts as { byRole?: Record<string, number> }).byRole} /></Section>
          <Section title="API tokens"><ApiTokensPanel tokens={tokens} /></Section>
        </div>
        <Section title="Escalation deadlines"><EscalationSlaForm sla={routing.escalationSla} /></Section>
        <div className="space-y-4">
          <Section title="Handoff limits"><HandoffLimitsForm limits={handoffLimits} /></Section>
          <Section title="Follow-up cadence"><FollowUpCadenceForm cadence={cadence} /></Section>
        </div>
        <Section title="Jorge's personal handling" className="lg:col-span-2"><PersonalHandlingForm setting={routing.personalHandling} /></Section>
        <Section title="GoHighLevel webhooks" className="lg:col-span-2">
          <GhlWebhookPanel publicKey={ghl.publicKey ?? ""} allowLegacyRsa={ghl.allowLegacyRsa ?? false} hasWorkflowToken={Boolean(ghl.workflowTokenSha256)} webhookUrl={`${protocol}://${host}/api/webhooks/ghl`} />
        </Section>
        <Section title="GoHighLevel locations" id="ghl-locations"><GhlLocationsPanel locationIds={locationIds} /></Section>
        <Section title="GoHighLevel sending" id="ghl-sending">
          <GhlTokenPanel locations={locationIds.map((locationId) => ({ locationId, last4: ghlTokens.find((t) => t.locationId === locationId)?.last4 ?? null }))} serverToken={Boolean(process.env.GHL_PRIVATE_TOKEN?.trim())} />
        </Section>
        <Section title="GoHighLevel custom fields" id="ghl-field-mapping"><FieldMappingForm mapping={fieldMappingFrom(stored.get(SETTING_KEYS.ghlFieldMapping))} /></Section>
        <Section title="Messages to clients" id="message-templates" className="lg:col-span-2">
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="min-w-0 lg:col-span-2">
              <h3 className="mb-2 text-sm font-semibold text-slate-900">Templates</h3>
              <MessageTemplatesForm templates={templates} />
            </div>
            <div className="min-w-0" id="email-sender">
              <h3 className="mb-2 text-sm font-semibold text-slate-900">Email sender</h3>
              <EmailSenderForm sender={sender} footer={footerPreview(sender)} />
            </div>
          </div>
        </Section>
        <Section title="Market place names" id="market-aliases" className="lg:col-span-2">
          <MarketAliasesForm markets={markets.map((m) => ({ id: m.id, name: m.name, zipCodes: [...m.zipCodes], aliases: [...(m.aliases ?? [])] }))} />
        </Section>
      </div>
    </>
  );
}
