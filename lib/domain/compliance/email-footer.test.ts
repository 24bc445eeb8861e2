import { describe, expect, it } from "vitest";
import { checkCanSpam } from "./can-spam";
import { buildEmailFooter } from "./email-footer";

const sender = { fromName: "Jorge Salas Real Estate", postalAddress: "123 Main St, Suite 200\nRancho Cucamonga, CA 91730" };

describe("buildEmailFooter", () => {
  it("names the sender, gives the postal address on one line and the unsubscribe link", () => {
    const footer = buildEmailFooter(sender, "https://console.example/u/tok_1");
    expect(footer).toEqual({ ok: true, text: "--\nJorge Salas Real Estate\n123 Main St, Suite 200, Rancho Cucamonga, CA 91730\nYou are receiving this email from Jorge Salas Real Estate.\nTo stop these emails, unsubscribe here: https://console.example/u/tok_1" });
  });

  it("makes any email pass the postal address and unsubscribe checks, in English and Spanish", () => {
    for (const language of ["en", "es"] as const) {
      const footer = buildEmailFooter(sender, "https://console.example/u/tok_1", language);
      if (!footer.ok) throw new Error(footer.error);
      expect(checkCanSpam({ text: `Hola Ana.\n${footer.text}`, direction: "outbound", channel: "Email" }, undefined)).toEqual([]);
    }
  });

  it("refuses, saying what to set, without a name, an address, a full address or an http(s) link", () => {
    expect(buildEmailFooter({ ...sender, fromName: "" }, "https://x.example/u")).toEqual({ ok: false, error: expect.stringMatching(/no name/) });
    expect(buildEmailFooter({ ...sender, postalAddress: null }, "https://x.example/u")).toEqual({ ok: false, error: expect.stringMatching(/postal address is not set: enter it in Settings/) });
    expect(buildEmailFooter({ ...sender, postalAddress: "Rancho Cucamonga" }, "https://x.example/u")).toEqual({ ok: false, error: expect.stringMatching(/not a full postal address/) });
    expect(buildEmailFooter(sender, "not a link")).toEqual({ ok: false, error: expect.stringMatching(/is not a URL/) });
    expect(buildEmailFooter(sender, "javascript:alert(1)")).toEqual({ ok: false, error: expect.stringMatching(/http\(s\)/) });
  });
});
