import { describe, expect, it } from "vitest";
import { checkCanSpam, hasPostalAddress, hasUnsubscribeLink } from "./can-spam";
import type { ReviewContext, ReviewInput } from "./review-input";

const FOOTER = "--\nJorge Salas Real Estate\n123 Main St, Suite 200, Rancho Cucamonga, CA 91730\nTo stop these emails, unsubscribe here: https://console.example/u/abc";
const email = (text: string): ReviewInput => ({ text, direction: "outbound", channel: "Email" });
const sender = (extra: NonNullable<ReviewContext["email"]> = {}): ReviewContext => ({ email: { subject: "Three homes in Etiwanda for you", fromName: "Jorge Salas", fromAddress: "jorge@salas.example", ...extra } });
const found = (input: ReviewInput, context?: ReviewContext) => checkCanSpam(input, context).map((f) => `${f.category}/${f.severity}`);

describe("hasPostalAddress", () => {
  it("recognizes a street address or P.O. box with state and ZIP", () => {
    expect(hasPostalAddress("Visit us at 123 Main St, Suite 200, Rancho Cucamonga, CA 91730.")).toBe(true);
    expect(hasPostalAddress("P.O. Box 1450, Upland, California 91785")).toBe(true);
    expect(hasPostalAddress("10500 Civic Center Drive\nRancho Cucamonga, CA 91730-3801")).toBe(true);
  });

  it("does not take a price, a bedroom count or a city alone for an address", () => {
    expect(hasPostalAddress("3 bedrooms for $650,000 in Rancho Cucamonga")).toBe(false);
    expect(hasPostalAddress("We met on Main St last week")).toBe(false);
  });
});

describe("hasUnsubscribeLink", () => {
  it("wants a link, not just the word", () => {
    expect(hasUnsubscribeLink("Unsubscribe: https://console.example/u/abc")).toBe(true);
    expect(hasUnsubscribeLink("https://console.example/unsubscribe?c=1")).toBe(true);
    expect(hasUnsubscribeLink("Para dejar de recibir estos correos: https://console.example/u/abc")).toBe(true);
    expect(hasUnsubscribeLink("Reply to unsubscribe.")).toBe(false);
  });
});

describe("checkCanSpam", () => {
  it("passes an email with its sender, subject and the team's footer", () => {
    expect(found(email(`Hi Ana, here are three homes.\n${FOOTER}`), sender())).toEqual([]);
  });

  it("blocks the product's own email without the footer, unless the product adds it", () => {
    expect(found(email("Hi Ana, here are three homes."), sender())).toEqual(["postal_address/block", "unsubscribe/block"]);
    expect(found(email("Hi Ana, here are three homes."), sender({ hasFooter: true }))).toEqual([]);
    expect(found({ ...email("Your escrow closes Friday."), purpose: "transactional" }, sender())).toEqual([]);
    expect(found({ ...email("Your escrow closes Friday."), purpose: "transactional" }, sender({ fromAddress: null }))).toEqual(["sender/block"]);
  });

  it("blocks a missing or malformed sender and an empty subject; warns on a fake Re:", () => {
    expect(found(email(FOOTER), sender({ fromAddress: "jorge at salas" }))).toEqual(["sender/block"]);
    expect(found(email(FOOTER), sender({ fromName: " " }))).toEqual(["sender/block"]);
    expect(found(email(FOOTER), sender({ subject: "  " }))).toEqual(["subject/block"]);
    expect(checkCanSpam(email(FOOTER), sender({ subject: "RE: your home" }))).toEqual([expect.objectContaining({ category: "subject", severity: "warn", suggestion: "your home" })]);
  });

  it("at the doors, without context, warns about what the text lacks and leaves sender and subject alone", () => {
    expect(found(email("Hi Ana, here are three homes."))).toEqual(["postal_address/warn", "unsubscribe/warn"]);
    expect(found(email(FOOTER))).toEqual([]);
  });

  it("applies only to outbound email", () => {
    expect(found({ ...email("Hi"), channel: "SMS" }, sender())).toEqual([]);
    expect(found({ ...email("Hi"), direction: "inbound" }, sender())).toEqual([]);
  });
});
