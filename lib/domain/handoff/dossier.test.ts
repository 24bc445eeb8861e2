import { describe, expect, it } from "vitest";
import { buildDossier, type DossierInput, dossierSchema, dossierWarnings, nextDeadline, parseDossier, timelineLabel } from "./dossier";

/** 10:00 PDT on Friday 10 April 2026. */
const now = new Date("2026-04-10T17:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const contractDates = {
  acceptance: "2026-04-01", earnestMoneyDue: "2026-04-06", sellerDisclosuresDue: "2026-04-08", investigationContingency: "2026-04-20",
  appraisalContingency: "2026-04-20", loanContingency: "2026-04-22", closeOfEscrow: "2026-05-01",
};

const input = (over: Partial<DossierInput["client"]> = {}, rest: Partial<DossierInput> = {}): DossierInput => ({
  client: {
    firstName: "Maria", lastName: "Lopez", email: "maria@example.com", phone: "+19095550100", type: "seller", pipeline: "seller", stage: "Under Contract",
    propertyAddress: "1234 Alta Loma Dr", budgetMin: null, budgetMax: null, priceExpectation: 1_125_000, preApproved: false, preApprovalAmount: null,
    timelineDays: 40, temperature: "hot", leadScore: 91, tags: ["seller", "hot"], smsConsent: true, emailConsent: true, optedOutAt: null,
    language: "es", timeZone: "America/Los_Angeles",
    qualification: { pipeline: "seller", answered: 4, whySelling: "Retiring", timeline30to45Ok: true, condition: "minor_updates", desiredPrice: 1_125_000 },
    ...over,
  },
  marketName: "Rancho Cucamonga",
  seatNames: new Map([["s1", "Listing AI"], ["s2", "Daniel"]]),
  interactions: [
    { seatId: "s2", channel: "note", direction: "internal", body: "Prefers Spanish", occurredAt: daysAgo(1) },
    { seatId: null, channel: "sms", direction: "inbound", body: "Hi, I want to sell", occurredAt: daysAgo(9) },
    { seatId: "s1", channel: "sms", direction: "outbound", body: "Hola Maria,\n  happy to help   with your sale.", occurredAt: daysAgo(8) },
  ],
  openTasks: [
    { title: "Send CMA", dueAt: daysAgo(-2), seatId: "s1" },
    { title: "Someday", dueAt: null, seatId: null },
    { title: "Call about pricing", dueAt: daysAgo(1), seatId: "s2" },
  ],
  transactions: [
    { propertyAddress: "1234 Alta Loma Dr", side: "sell", status: "open", stage: "Under Contract", price: 1_100_000, acceptanceDate: "2026-04-01", closeOfEscrowDate: "2026-05-01", contractDates },
    { propertyAddress: "9 Old St", side: "sell", status: "cancelled", stage: "Lost", price: 700_000, acceptanceDate: "2026-03-01", closeOfEscrowDate: "2026-04-30", contractDates: { closeOfEscrow: "2026-04-30" } },
  ],
  ...rest,
});

describe("buildDossier", () => {
  it("builds a dossier that its schema accepts and that survives a JSON round trip", () => {
    const d = buildDossier(input(), now);
    expect(dossierSchema.parse(d)).toEqual(d);
    expect(parseDossier(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect(d.builtAt).toBe("2026-04-10T17:00:00.000Z");
    expect(d.profile).toMatchObject({ name: "Maria Lopez", marketName: "Rancho Cucamonga", type: "seller", tags: ["seller", "hot"] });
    expect(d.qualification.complete).toBe(true);
  });

  it("computes 6% commission on the price expectation, else the budget max, else none", () => {
    expect(buildDossier(input(), now).money.commissionPotential).toBe(67_500);
    expect(buildDossier(input({ priceExpectation: null, budgetMax: 712_345 }), now).money.commissionPotential).toBe(42_741);
    expect(buildDossier(input({ priceExpectation: null, budgetMax: null }), now).money.commissionPotential).toBeNull();
  });

  it("orders the history oldest first and takes the last message, not a note, as the last touch", () => {
    const d = buildDossier(input(), now);
    expect(d.history.map((h) => [h.direction, h.seatName])).toEqual([["inbound", null], ["outbound", "Listing AI"], ["internal", "Daniel"]]);
    expect(d.lastTouch).toEqual({ at: daysAgo(8).toISOString(), channel: "sms", direction: "outbound", summary: "Hola Maria, happy to help with your sale." });
    expect(buildDossier(input({}, { interactions: [] }), now).lastTouch).toBeNull();
  });

  it("lists open promises by due date, marking those past due", () => {
    expect(buildDossier(input(), now).openPromises.map((p) => [p.title, p.overdue, p.seatName])).toEqual([
      ["Call about pricing", true, "Daniel"], ["Send CMA", false, "Listing AI"], ["Someday", false, null],
    ]);
  });

  it("finds the next contract deadline of open deals only, in the client's calendar", () => {
    const [open, cancelled] = buildDossier(input(), now).transactions;
    expect(open!.nextDeadline).toEqual({ name: "Investigation contingency removal", due: "2026-04-20" });
    expect(cancelled!.nextDeadline).toBeNull();
    const lateEvening = new Date("2026-04-21T06:30:00Z");
    expect(buildDossier(input(), lateEvening).transactions[0]!.nextDeadline).toEqual({ name: "Investigation contingency removal", due: "2026-04-20" });
    expect(buildDossier(input(), new Date("2026-04-21T07:00:00Z")).transactions[0]!.nextDeadline).toEqual({ name: "Loan contingency removal", due: "2026-04-22" });
    expect(buildDossier(input(), new Date("2026-05-02T17:00:00Z")).transactions[0]!.nextDeadline).toBeNull();
  });

  it("labels timelines", () => {
    expect([null, 0, 30, 31, 90, 91, 180, 181].map(timelineLabel)).toEqual(["unknown", "within 30 days", "within 30 days", "1-3 months", "1-3 months", "3-6 months", "3-6 months", "6+ months"]);
  });

  it("names unknown contract dates and skips malformed ones", () => {
    expect(nextDeadline({ homeWarrantyOrder: "2026-04-12", bogus: "soon", acceptance: "2026-04-30" }, "2026-04-10")).toEqual({ name: "Home Warranty Order", due: "2026-04-12" });
  });
});

describe("dossierWarnings", () => {
  it("says nothing for a client in good order", () => {
    const d = buildDossier(input({}, { openTasks: [], interactions: [{ seatId: "s1", channel: "call", direction: "outbound", body: "Called", occurredAt: daysAgo(2) }] }), now);
    expect(dossierWarnings(d)).toEqual([]);
  });

  it("lists opt-out, overdue promises, a close deadline, a buyer without pre-approval and a quiet client, in that order", () => {
    const d = buildDossier(input({ type: "buyer", pipeline: "buyer", optedOutAt: new Date("2026-04-03T05:00:00Z") }), new Date("2026-04-18T17:00:00Z"));
    expect(dossierWarnings(d)).toEqual([
      "Opted out of messages on Apr 2, 2026: do not text or email.",
      'Overdue promise: "Call about pricing" was due Apr 9, 2026 (Daniel).',
      'Overdue promise: "Send CMA" was due Apr 12, 2026 (Listing AI).',
      "Investigation contingency removal for 1234 Alta Loma Dr is due Apr 20, 2026 (in 2 days).",
      "Buyer is not pre-approved by a lender yet.",
      "No contact in 16 days (last: sms on Apr 2, 2026).",
    ]);
  });

  it("warns about a deadline today, and about a client nobody has contacted yet", () => {
    const d = buildDossier(input({}, { openTasks: [], interactions: [] }), new Date("2026-04-20T16:00:00Z"));
    expect(dossierWarnings(d)).toEqual(["Investigation contingency removal for 1234 Alta Loma Dr is due Apr 20, 2026 (today).", "No contact with the client on record yet."]);
  });

  it("does not warn about a deadline 4 days out or 13 quiet days", () => {
    const d = buildDossier(input({}, { openTasks: [] }), new Date("2026-04-16T16:00:00Z"));
    expect(dossierWarnings(d)).toEqual([]);
  });
});
