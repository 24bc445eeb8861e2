import { GHL_FIELD_MAPPING } from "../settings/defaults";
import { SEVERITIES } from "../team/vocabulary";
import { actionDoor, type ActionDoor } from "./access-matrix-doors";
import type { Requirement } from "./access-matrix-rules";
import type { Permission } from "./permissions";

const ESCALATIONS = "app/(console)/escalations/actions.ts";
const SETTINGS = "app/(console)/settings/actions.ts";
const LOGIN = "app/login/actions.ts";
const QUALITY = "app/(console)/quality/actions.ts";

const needs = (permission: Permission): Requirement => ({ kind: "permission", anyOf: [permission] });

const ESCALATION_REFUSAL = ["Only Jorge, or someone he allows to manage escalations, can do this."];
const SETTINGS_REFUSAL = ["Only the overseer can change settings."];
const MANAGES_QUALITY: Requirement = { kind: "permission", anyOf: ["escalations.manage", "team.manage"] };
const QUALITY_REFUSAL = "Only Jorge, or someone he allows to manage the team or escalations, can record corrective actions.";

/** Fifteen minutes to acknowledge and an hour to resolve, for every severity. */
const slaForm = () => Object.fromEntries(SEVERITIES.flatMap((s) => [[`${s}.ack`, "15"], [`${s}.resolve`, "60"]]));

/** Jorge's actions (escalations, rebalancing, requests, settings) and signing in and out. */
export const ADMIN_ACTION_DOORS: readonly ActionDoor[] = [
  actionDoor(ESCALATIONS, "acknowledgeEscalation", needs("escalations.manage"), ESCALATION_REFUSAL, (ids) => ({ escalationId: ids.escalation, note: "Calling the client now." })),
  actionDoor(ESCALATIONS, "resolveEscalation", needs("escalations.manage"), ESCALATION_REFUSAL, (ids) => ({ escalationId: ids.escalation, resolution: "Spoke with the client; the showing is rebooked." })),
  actionDoor(ESCALATIONS, "reassignEscalation", needs("escalations.manage"), ESCALATION_REFUSAL, (ids) => ({ escalationId: ids.escalation, ownerUserId: ids.person })),
  actionDoor(ESCALATIONS, "acknowledgeSelected", needs("escalations.manage"), ESCALATION_REFUSAL, (ids) => ({ escalationId: ids.escalation })),
  actionDoor(ESCALATIONS, "noteEscalation", needs("escalations.manage"), ESCALATION_REFUSAL, (ids) => ({ escalationId: ids.escalation, note: "Waiting on the lender's answer." })),
  actionDoor("app/(console)/rebalance/actions.ts", "applyRebalanceAction", needs("team.manage"), ["Only the overseer can rebalance the team."], (ids) => ({ planId: "0000000000000000", move: ids.client.own })),
  actionDoor("app/(console)/requests/actions.ts", "submitRequestForm", needs("requests.create"), ["Only the overseer can enter client requests."], () => ({
    firstName: "Rosa", lastName: "Delgado", email: "rosa.delgado@example.com", type: "buyer", postalCode: "91701", message: "Looking for a three-bedroom near good schools.", externalId: "form-access-matrix",
  })),
  actionDoor(SETTINGS, "saveWeights", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ expertise: "0.3", workload: "0.2", successRate: "0.2", preferenceFit: "0.15", commission: "0.15" })),
  actionDoor(SETTINGS, "saveOfferTimeouts", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ hot: "120", default: "900" })),
  actionDoor(SETTINGS, "saveEscalationSla", needs("settings.manage"), SETTINGS_REFUSAL, slaForm),
  actionDoor(SETTINGS, "saveHandoffLimits", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ samePairMinutes: "30", perHour: "3", perDay: "10" })),
  actionDoor(SETTINGS, "saveFollowUpCadence", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ days: "2, 5, 8", thenEveryDays: "14", maxAttempts: "10", windowStart: "09:00", windowEnd: "18:00" })),
  actionDoor(SETTINGS, "saveGhlKeys", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ publicKey: "" })),
  actionDoor(SETTINGS, "newWorkflowToken", needs("settings.manage"), SETTINGS_REFUSAL, () => ({})),
  actionDoor(SETTINGS, "newApiToken", needs("settings.manage"), ["Only the overseer can create API tokens."], () => ({ name: "Website form", scopes: "requests", expiresInDays: "90" })),
  actionDoor(SETTINGS, "revokeToken", needs("settings.manage"), ["Only the overseer can revoke API tokens."], (ids) => ({ tokenId: ids.apiToken })),
  actionDoor(SETTINGS, "addGhlLocationId", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ locationId: "ve9EPM428h8vShlRW1KT" })),
  actionDoor(SETTINGS, "removeGhlLocationId", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ locationId: "ve9EPM428h8vShlRW1KT" })),
  actionDoor(SETTINGS, "saveFieldMapping", needs("settings.manage"), SETTINGS_REFUSAL, () => Object.fromEntries(Object.entries(GHL_FIELD_MAPPING).map(([fact, names]) => [fact, names.join(", ")]))),
  actionDoor(SETTINGS, "saveMarketAliases", needs("settings.manage"), SETTINGS_REFUSAL, (ids) => ({ marketId: ids.market, aliases: "Alta Loma, Etiwanda" })),
  actionDoor("app/(console)/settings/personal-handling-actions.ts", "savePersonalHandling", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ commissionThreshold: "72000", tags: "jorge, vip" })),
  actionDoor("app/(console)/settings/ghl-token-actions.ts", "saveGhlTokenAction", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ locationId: "ve9EPM428h8vShlRW1KT", token: "pit-00000000-0000-4000-8000-000000000000" })),
  actionDoor("app/(console)/settings/ghl-token-actions.ts", "removeGhlTokenAction", needs("settings.manage"), SETTINGS_REFUSAL, () => ({ locationId: "ve9EPM428h8vShlRW1KT" })),
  actionDoor("app/(console)/settings/template-actions.ts", "saveTemplateAction", needs("settings.manage"), ["Only the overseer can change message templates."], () => ({ key: "qualified_close", language: "en", body: "Thank you, {{firstName}}. Someone from the team will follow up this week." })),
  actionDoor("app/(console)/settings/template-actions.ts", "resetTemplateAction", needs("settings.manage"), ["Only the overseer can change message templates."], () => ({ key: "qualified_close", language: "en" })),
  actionDoor("app/(console)/settings/template-actions.ts", "saveEmailSenderAction", needs("settings.manage"), ["Only the overseer can change the email sender."], () => ({ fromName: "Jorge Salas Real Estate", fromAddress: "", postalAddress: "" })),
  actionDoor(QUALITY, "recordAction", MANAGES_QUALITY, [QUALITY_REFUSAL], (ids) => ({ seatId: ids.freeSeat, kind: "coaching_note", rule: "tone", note: "Shorter texts, one question each.", followUpInDays: "7" })),
  actionDoor(QUALITY, "followUpAction", MANAGES_QUALITY, [QUALITY_REFUSAL], () => ({ actionId: "7b0f2a52-9a5d-4c1e-8f59-3c3b1f1a2d10", outcome: "improved", note: "Two weeks without a finding." })),
  actionDoor(QUALITY, "resumeSeatAction", MANAGES_QUALITY, [QUALITY_REFUSAL], (ids) => ({ seatId: ids.freeSeat })),
  actionDoor("app/unsubscribe/[token]/actions.ts", "confirmUnsubscribe", { kind: "public" }, [], () => ({ token: "made-up-token" })),
  actionDoor(LOGIN, "login", { kind: "public" }, [], () => ({ email: "not-an-email", password: "x" })),
  actionDoor(LOGIN, "logout", { kind: "public" }, [], () => ({})),
];
