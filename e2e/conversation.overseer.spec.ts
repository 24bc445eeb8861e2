import { generateKeyPairSync, sign } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/** The local GoHighLevel the console sends through during the browser tests (scripts/fake-ghl.ts). */
const GHL = `http://127.0.0.1:${process.env.E2E_GHL_PORT || 3290}`;

interface SentMessage {
  body: { type: string; contactId: string; message: string };
  receivedAt: string;
}

/** What the local GoHighLevel sent to one contact, in order. */
async function sentTo(request: APIRequestContext, contactId: string): Promise<SentMessage[]> {
  const answer = await request.get(`${GHL}/__sent`);
  expect(answer.ok(), "the local GoHighLevel answers GET /__sent").toBe(true);
  return ((await answer.json()) as SentMessage[]).filter((m) => m.body.contactId === contactId);
}

/** Waits until the contact has received `count` messages, and returns the last. */
async function nthSent(request: APIRequestContext, contactId: string, count: number): Promise<SentMessage> {
  let sent: SentMessage[] = [];
  await expect(async () => {
    sent = await sentTo(request, contactId);
    expect(sent.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 30_000, intervals: [250, 500, 1_000] });
  return sent[count - 1]!;
}

async function connectGhl(page: Page, publicKey: string, locationId: string): Promise<void> {
  await page.goto("/settings");
  await page.getByLabel("GoHighLevel public key (Ed25519)").fill(publicKey);
  await page.getByRole("button", { name: "Save key" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const locations = page.locator("#ghl-locations");
  await locations.getByLabel("Location id").fill(locationId);
  await locations.getByRole("button", { name: "Add location" }).click();
  await expect(locations.getByTestId("ghl-location").filter({ hasText: locationId })).toBeVisible();
}

test("a new seller texts in, the AI qualifies them in Jorge's order and hands them to a person; a STOP gets one confirmation, then silence", async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now().toString(36)}${testInfo.project.name.includes("phone") ? "p" : "d"}`;
  const locationId = `loc${stamp}`;
  const keys = generateKeyPairSync("ed25519");
  let n = 0;
  const post = async (payload: object) => {
    const body = Buffer.from(JSON.stringify(payload));
    const answer = await request.post("/api/webhooks/ghl", { data: body, headers: { "content-type": "application/json", "x-ghl-signature": sign(null, body, keys.privateKey).toString("base64") } });
    expect(answer.status(), await answer.text()).toBe(200);
  };
  const text = (contactId: string, words: string) => {
    const at = new Date().toISOString();
    return post({ type: "InboundMessage", locationId, contactId, conversationId: `conv_${contactId}`, messageId: `m_${stamp}_${++n}`, messageType: "SMS", body: words, direction: "inbound", dateAdded: at, timestamp: at });
  };
  const contact = (contactId: string, firstName: string, lastName: string, phone: string) =>
    post({ type: "ContactCreate", locationId, id: contactId, firstName, lastName, phone, tags: ["seller"] });

  await connectGhl(page, keys.publicKey.export({ type: "spki", format: "pem" }).toString(), locationId);

  const seller = `c_${stamp}_seller`;
  const lastName = `Reyes ${stamp}`;
  await contact(seller, "Alma", lastName, `(909) 555-${String(1000 + (Date.now() % 9000)).slice(0, 4)}`);
  await text(seller, "Hi, I am thinking of selling my house in Alta Loma. Can you help?");
  const firstTouch = await nthSent(request, seller, 1);
  expect(firstTouch.body.type).toBe("SMS");
  expect(firstTouch.body.message).toMatch(/Alma/);

  await expect(async () => {
    await page.goto(`/clients?q=${encodeURIComponent(lastName)}`);
    await page.getByTestId("client-row").filter({ hasText: lastName }).getByRole("link").first().click({ timeout: 2_000 });
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const clientUrl = page.url();
  await expect(page.getByTestId("timeline-item").filter({ hasText: "thinking of selling my house in Alta Loma" })).toBeVisible();

  // The client answers whatever the AI asks, so the test follows the product's order rather than assuming it.
  const replies: [RegExp, string][] = [
    [/address of the home/i, "It's 6748 Amethyst Ave, Rancho Cucamonga, CA 91701"],
    [/thinking about selling/i, "We're relocating to Boise for my husband's job"],
    [/30-45 days/i, "Yes, 30-45 days works for us"],
    [/move-in ready/i, "It's move-in ready, we redid the kitchen last year"],
    [/price would feel good/i, "We're hoping for around $850,000"],
  ];
  let sent = (await sentTo(request, seller)).length;
  let last = (await sentTo(request, seller)).at(-1)!;
  const asked: string[] = [];
  for (let turn = 0; turn < 8 && !/will call you/.test(last.body.message); turn++) {
    const reply = replies.find(([question]) => question.test(last.body.message));
    expect(reply, `the AI asked something this client has no answer for: "${last.body.message}"`).toBeDefined();
    asked.push(String(reply![0]));
    await text(seller, reply![1]);
    last = await nthSent(request, seller, ++sent);
  }
  expect(last.body.message).toMatch(/will call you/);
  expect(asked, "Jorge's order: the address first, the price last").toEqual(replies.map(([q]) => String(q)).filter((q) => asked.includes(q)));
  const caller = /^Thank you, Alma, that is really helpful\. (\S+) from Jorge's team will call you/.exec(last.body.message)?.[1];

  await expect(async () => {
    await page.goto(clientUrl);
    const team = page.locator("section").filter({ has: page.getByRole("heading", { name: "Team", exact: true }) });
    await expect(team).toContainText(caller ?? "", { timeout: 2_000 });
    await expect(team).toContainText(new RegExp(`${caller}[^·]*Lead · [^·]+ · Human`), { timeout: 1_000 });
    const tasks = page.locator("section").filter({ has: page.getByRole("heading", { name: "Open tasks" }) });
    await expect(tasks).toContainText(/call/i, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator("body")).toContainText(/hot/i);
  await page.screenshot({ path: testInfo.outputPath(`conversation-${testInfo.project.name}.png`), fullPage: true });

  const leaver = `c_${stamp}_stop`;
  await contact(leaver, "Ben", `Ortiz ${stamp}`, `(909) 555-${String(2000 + (Date.now() % 7000)).slice(0, 4)}`);
  await text(leaver, "Hi, what is my condo in Upland worth?");
  const before = (await nthSent(request, leaver, 1)) && (await sentTo(request, leaver)).length;
  await text(leaver, "STOP");
  const confirmation = await nthSent(request, leaver, before + 1);
  expect(confirmation.body.message).toMatch(/START/);
  await text(leaver, "Actually, one more question about the condo");
  await page.waitForTimeout(6_000);
  expect((await sentTo(request, leaver)).length).toBe(before + 1);
});
