import { describe, expect, it } from "vitest";
import { renderTemplate, validateTemplate } from "./render-template";

describe("filling a template", () => {
  it("fills placeholders and tidies the space an empty value leaves", () => {
    expect(renderTemplate("Hi {{firstName}}, {{ seatFirstName }} calls.", { firstName: "Ana", seatFirstName: "Luis" })).toEqual({ ok: true, text: "Hi Ana, Luis calls." });
    expect(renderTemplate("Hola {{firstName}}, gracias.", { firstName: "" })).toEqual({ ok: true, text: "Hola, gracias." });
  });

  it("refuses an unknown placeholder, a missing value and a stray brace, naming it", () => {
    expect(renderTemplate("Hi {{name}}", { firstName: "Ana" })).toEqual({ ok: false, error: 'Unknown placeholder "{{name}}": use one of {{firstName}}.' });
    expect(renderTemplate("Hi {{firstName}}", {}, ["firstName"])).toEqual({ ok: false, error: 'No value for "{{firstName}}": the sender must supply firstName.' });
    expect(renderTemplate("Hi {{firstName}", { firstName: "Ana" })).toMatchObject({ ok: false, error: expect.stringMatching(/not closed/) });
    expect(renderTemplate("Reply STOP {{x}}", {}, [])).toMatchObject({ ok: false, error: expect.stringMatching(/none \(this template takes no placeholders\)/) });
  });
});

describe("checking an edited template", () => {
  it("says which placeholder is wrong", () => {
    expect(validateTemplate("ask.price", "What price, {{first_name}}?")).toEqual(['Unknown placeholder "{{first_name}}": use one of {{firstName}}.']);
    expect(validateTemplate("opt_out_confirmation", "Bye {{firstName}}")).toEqual(['Unknown placeholder "{{firstName}}": use one of none (this template takes no placeholders).']);
  });

  it("refuses emojis, empty bodies, unknown keys and texts past 320 characters", () => {
    expect(validateTemplate("ask.price", "What price? \u{1F3E0}")).toEqual(["Remove the emoji: Jorge's messages use none."]);
    expect(validateTemplate("ask.price", "  ")).toEqual(["The template is empty: write the message the client should receive."]);
    expect(validateTemplate("Promo!", "Hi")).toEqual(['The key "Promo!" must be 2-64 lowercase letters, digits, "_" or ".".', '"Promo!" is not a template the AI seat sends.']);
    expect(validateTemplate("ask.price", `${"a".repeat(310)} {{firstName}}`)).toEqual(["With long names it is 322 characters; keep it at 320 or fewer."]);
    expect(validateTemplate("email_subject.handoff", "a".repeat(121))).toEqual(["With long names it is 121 characters; keep it at 120 or fewer."]);
  });
});
