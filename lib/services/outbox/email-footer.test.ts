import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clients, outboundMessages, qualityFindings } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { startFakeGhlServer, type FakeGhlServer } from "../ghl/testing/fake-ghl-server";
import { saveEmailSender } from "../settings/email-sender";
import { consolePublicUrl, emailFrom, textToHtml } from "./email-footer";
import { submitOutboundMessage } from "./queue-message";
import { sendOutboundMessage } from "./send-message";
import { createOutboxFixture, OUTBOX_TOKEN, type OutboxFixture, stubOutboxEnv } from "./testing/outbox-fixture";
import { readUnsubscribeToken } from "./unsubscribe-token";

const T0 = new Date("2026-12-01T18:00:00Z");
const SENDER = { fromName: "Jorge Salas Real Estate", fromAddress: "jorge@salas.example", postalAddress: "10808 Foothill Blvd, Rancho Cucamonga, CA 91730" };
const BODY = "Hi Lucia, here are three homes near Haven Ave within your budget. Would Saturday work to see them?";

describe("the email's HTML and sender", () => {
  it("escapes the author's words, keeps paragraphs and line breaks, and makes links clickable", () => {
    expect(textToHtml("Price <b>& terms</b>\nline two\n\nSee https://example.com/a?b=1")).toBe('<p>Price &lt;b&gt;&amp; terms&lt;/b&gt;<br>line two</p>\n<p>See <a href="https://example.com/a?b=1">https://example.com/a?b=1</a></p>');
  });

  it("names the sender as GoHighLevel's emailFrom only once a reply address is set", () => {
    expect(emailFrom({ fromName: 'Jorge "JS" <Salas>', fromAddress: "jorge@salas.example" })).toBe("Jorge JS Salas <jorge@salas.example>");
    expect(emailFrom({ fromName: "Jorge Salas Real Estate", fromAddress: null })).toBeNull();
  });

  it("links to CONSOLE_PUBLIC_URL, else the local console", () => {
    expect(consolePublicUrl({ CONSOLE_PUBLIC_URL: "https://console.salas.example/" })).toBe("https://console.salas.example");
    expect(consolePublicUrl({})).toBe("http://localhost:3000");
  });
});

describeEachDriver("emails through the outbox carry the CAN-SPAM footer", ({ db }) => {
  let fx: OutboxFixture;
  let ghl: FakeGhlServer;
  beforeAll(async () => {
    stubOutboxEnv({ AUTH_SECRET: "secret-for-the-footer-tests", CONSOLE_PUBLIC_URL: "https://console.salas.example" });
    ghl = await startFakeGhlServer();
    ghl.acceptTokens(OUTBOX_TOKEN);
    fx = await createOutboxFixture(db());
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await ghl.close();
  });
  const email = (over = {}) => fx.draft({ channel: "email", subject: "Three homes near Haven Ave", body: BODY, ...over });
  const send = (id: string, now: Date) => sendOutboundMessage(db(), { organizationId: fx.organizationId, outboundMessageId: id }, { now, baseUrl: ghl.baseUrl, random: () => 0.5 });
  const row = async (id: string) => (await db().select().from(outboundMessages).where(eq(outboundMessages.id, id)))[0]!;
  const setSender = async (sender: typeof SENDER | { fromName: string; fromAddress: string; postalAddress: string }) => expect((await saveEmailSender(db(), fx.as.jorge, sender)).ok).toBe(true);

  it("blocks an email while the team's postal address is not set, saying to set it in Settings", async () => {
    await setSender({ ...SENDER, postalAddress: "" });
    const result = await submitOutboundMessage(db(), email(), T0);
    const m = result.ok ? result.data.message : null;
    expect(m).toMatchObject({ state: "blocked", allowed: false });
    const findings = await db().select().from(qualityFindings).where(eq(qualityFindings.outboundMessageId, m!.id));
    expect(findings.map((f) => [f.rule, f.code, f.level])).toEqual([["can_spam", "footer", "block"]]);
    expect(findings[0]!.message).toBe("The team's postal address is not set: enter it in Settings (CAN-SPAM requires it in every email).");
  });

  it("passes the real reviewer with the sender set, stores the author's words, and sends them with the footer and its unsubscribe link", async () => {
    await setSender(SENDER);
    const result = await submitOutboundMessage(db(), email(), T0);
    const m = result.ok ? result.data.message : null;
    expect(m).toMatchObject({ state: "queued", allowed: true, body: BODY });
    expect(await db().select().from(qualityFindings).where(and(eq(qualityFindings.outboundMessageId, m!.id), eq(qualityFindings.level, "block")))).toHaveLength(0);

    expect(await send(m!.id, new Date(T0.getTime() + 1000))).toBe("sent");
    const call = ghl.received.find((r) => r.body.subject === "Three homes near Haven Ave");
    expect(call?.body).toMatchObject({ type: "Email", contactId: fx.lucia.ghlContactId, emailFrom: "Jorge Salas Real Estate <jorge@salas.example>" });
    const message = call!.body.message;
    expect(message.startsWith(`${BODY}\n\n--\nJorge Salas Real Estate\n10808 Foothill Blvd, Rancho Cucamonga, CA 91730\n`)).toBe(true);
    const link = /unsubscribe here: (\S+)$/.exec(message)?.[1] ?? "";
    expect(link.startsWith("https://console.salas.example/unsubscribe/")).toBe(true);
    expect(readUnsubscribeToken(link.split("/").pop()!)).toEqual({ organizationId: fx.organizationId, clientId: fx.lucia.id });
    expect(call!.body.html).toContain(`<a href="${link}">`);
    expect(call!.body.html).toContain("<p>Hi Lucia, here are three homes");
    expect((await row(m!.id)).body).toBe(BODY);
  });

  it("writes the footer in the client's language", async () => {
    await db().update(clients).set({ language: "es" }).where(eq(clients.id, fx.lucia.id));
    const result = await submitOutboundMessage(db(), email({ subject: "Tres casas cerca de Haven Ave", body: "Hola Lucia, le comparto tres casas cerca de Haven Ave. ¿Le queda bien el sábado?" }), T0);
    const m = result.ok ? result.data.message : null;
    expect(m).toMatchObject({ state: "queued" });
    expect(await send(m!.id, new Date(T0.getTime() + 2000))).toBe("sent");
    const call = ghl.received.find((r) => r.body.subject === "Tres casas cerca de Haven Ave");
    expect(call!.body.message).toContain("Para dejar de recibir estos correos, cancele la suscripción aquí: https://console.salas.example/unsubscribe/");
    await db().update(clients).set({ language: "en" }).where(eq(clients.id, fx.lucia.id));
  });

  it("fails a queued email at send, unsent, when the postal address was removed since, saying why", async () => {
    await setSender(SENDER);
    const result = await submitOutboundMessage(db(), email({ subject: "Removed address" }), T0);
    const m = result.ok ? result.data.message : null;
    expect(m).toMatchObject({ state: "queued" });
    await setSender({ ...SENDER, postalAddress: "" });
    expect(await send(m!.id, new Date(T0.getTime() + 3000))).toBe("failed");
    expect(await row(m!.id)).toMatchObject({ state: "failed", lastError: expect.stringContaining("Not sent: The team's postal address is not set: enter it in Settings") });
    expect(ghl.received.some((r) => r.body.subject === "Removed address")).toBe(false);
  });
});
