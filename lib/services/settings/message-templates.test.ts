import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { CONVERSATION_LANGUAGES } from "@/lib/domain/conversation/language";
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS } from "@/lib/domain/conversation/templates";
import { auditLog, messageTemplates } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { listMessageTemplates, resetMessageTemplate, reviewTemplate, saveMessageTemplate } from "./message-templates";

const NOW = new Date("2026-12-01T18:00:00Z");

describe("the quality gate on the product's own templates", () => {
  it("blocks none of the defaults in either language", () => {
    for (const key of TEMPLATE_KEYS) {
      for (const language of CONVERSATION_LANGUAGES) expect(reviewTemplate(key, DEFAULT_TEMPLATES[key]![language], NOW).filter((f) => f.severity === "block"), `${key} (${language})`).toEqual([]);
    }
  });
});

describeEachDriver("the overseer's message templates", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });
  const stored = () => db().select().from(messageTemplates).where(eq(messageTemplates.organizationId, fx.organizationId));
  const audits = (action: string) => db().select().from(auditLog).where(and(eq(auditLog.organizationId, fx.organizationId), eq(auditLog.action, action)));

  it("lists every key in English and Spanish with the default until one is stored", async () => {
    const entries = await listMessageTemplates(db(), fx.organizationId);
    expect(entries).toHaveLength(TEMPLATE_KEYS.length * 2);
    expect(entries.find((e) => e.key === "handoff_to_person" && e.language === "es")).toMatchObject({ stored: false, body: DEFAULT_TEMPLATES.handoff_to_person!.es, variables: ["firstName", "seatFirstName"] });
  });

  it("saves a good wording, shows it instead of the default, audits it, and resets it to the default", async () => {
    const body = "Thank you, {{firstName}}. {{seatFirstName}} from Jorge's team will call you today to talk through your next steps.";
    expect(await saveMessageTemplate(db(), fx.as.jorge, { key: "handoff_to_person", language: "en", body }, NOW)).toEqual({ ok: true, data: { warnings: null } });
    const entry = (await listMessageTemplates(db(), fx.organizationId)).find((e) => e.key === "handoff_to_person" && e.language === "en");
    expect(entry).toMatchObject({ stored: true, body, updatedAt: NOW });
    expect(await audits("settings.template_saved")).toMatchObject([{ actorId: fx.overseer.id, entityId: "handoff_to_person:en" }]);

    expect(await resetMessageTemplate(db(), fx.as.jorge, { key: "handoff_to_person", language: "en" })).toEqual({ ok: true, data: { reset: true } });
    expect(await stored()).toEqual([]);
    expect(await resetMessageTemplate(db(), fx.as.jorge, { key: "handoff_to_person", language: "en" })).toEqual({ ok: true, data: { reset: false } });
    expect(await audits("settings.template_reset")).toHaveLength(1);
  });

  it("refuses an unknown placeholder naming it, and a wording the gate blocks, storing nothing", async () => {
    const unknown = await saveMessageTemplate(db(), fx.as.jorge, { key: "qualified_close", language: "en", body: "Thanks {{firstName}}, {{agentName}} will call." }, NOW);
    expect(unknown).toMatchObject({ ok: false, status: 400, error: expect.stringContaining('Unknown placeholder "{{agentName}}"') });
    const blocked = await saveMessageTemplate(db(), fx.as.jorge, { key: "qualified_close", language: "en", body: "Thanks {{firstName}}. The homes we show are perfect for a couple with no kids." }, NOW);
    expect(blocked).toMatchObject({ ok: false, status: 422, error: expect.stringContaining("The quality gate blocks this template") });
    expect(await stored()).toEqual([]);
  });

  it("saves a wording the gate warns about, saying the warning", async () => {
    const result = await saveMessageTemplate(db(), fx.as.jorge, { key: "qualified_close", language: "en", body: "Thank you, {{firstName}}. The team has homes that are great for families; someone will follow up soon." }, NOW);
    expect(result).toMatchObject({ ok: true, data: { warnings: expect.stringContaining("great for families") } });
    await resetMessageTemplate(db(), fx.as.jorge, { key: "qualified_close", language: "en" });
  });

  it("refuses a team member, an unknown key and an unknown language", async () => {
    expect(await saveMessageTemplate(db(), fx.as.alice, { key: "qualified_close", language: "en", body: "Thank you." }, NOW)).toMatchObject({ ok: false, status: 403 });
    expect(await resetMessageTemplate(db(), fx.as.alice, { key: "qualified_close", language: "en" })).toMatchObject({ ok: false, status: 403 });
    expect(await saveMessageTemplate(db(), fx.as.jorge, { key: "made_up", language: "en", body: "Thank you." }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("key must be one of") });
    expect(await saveMessageTemplate(db(), fx.as.jorge, { key: "qualified_close", language: "fr", body: "Merci." }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("language must be one of en, es") });
    expect(await stored()).toEqual([]);
  });
});
