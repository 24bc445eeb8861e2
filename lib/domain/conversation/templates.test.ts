import { describe, expect, it } from "vitest";
import { validateTemplate } from "./render-template";
import { DEFAULT_TEMPLATES, TEMPLATE_KEY, TEMPLATE_KEYS, templateVariables } from "./templates";

describe("the default templates", () => {
  it("has an English and a Spanish body for every key, each a valid table key", () => {
    for (const key of TEMPLATE_KEYS) {
      expect(key).toMatch(TEMPLATE_KEY);
      expect(DEFAULT_TEMPLATES[key]!.en.trim()).not.toBe("");
      expect(DEFAULT_TEMPLATES[key]!.es.trim()).not.toBe("");
    }
  });

  it("passes the editor's own checks: known placeholders, no emoji, within 320 characters", () => {
    for (const key of TEMPLATE_KEYS) {
      for (const language of ["en", "es"] as const) expect([key, language, validateTemplate(key, DEFAULT_TEMPLATES[key]![language])]).toEqual([key, language, []]);
    }
  });

  it("asks one question at most, and the question templates ask exactly one", () => {
    for (const key of TEMPLATE_KEYS) {
      for (const body of Object.values(DEFAULT_TEMPLATES[key]!)) {
        const questions = (body.match(/\?/g) ?? []).length;
        expect(questions).toBeLessThanOrEqual(1);
        if (key.startsWith("ask.")) expect(questions).toBe(1);
      }
    }
  });

  it("names Jorge's team where the client meets the team, and keeps marketing out of the opt-out", () => {
    for (const key of ["first_touch.seller", "first_touch.buyer", "disclosure", "handoff_to_person", "escalated_to_person"]) {
      expect(DEFAULT_TEMPLATES[key]!.en).toMatch(/Jorge/);
      expect(DEFAULT_TEMPLATES[key]!.es).toMatch(/Jorge/);
    }
    expect(DEFAULT_TEMPLATES.opt_out_confirmation!.en).toBe("You won't get more texts from us. Reply START to opt back in.");
    expect(DEFAULT_TEMPLATES.disclosure!.en).toMatch(/automated assistant/);
    expect(DEFAULT_TEMPLATES.disclosure!.es).toMatch(/asistente automatizado/);
    expect(DEFAULT_TEMPLATES.handoff_to_person!.en).toMatch(/\{\{seatFirstName\}\} from Jorge's team will call you within 2 hours/);
  });

  it("fits the disclosure and any other message in one SMS, so a bot question never delays the answer", () => {
    for (const key of TEMPLATE_KEYS.filter((k) => !k.startsWith("email_subject.") && !k.startsWith("first_touch.") && k !== "disclosure")) {
      for (const language of ["en", "es"] as const) {
        const both = `${DEFAULT_TEMPLATES.disclosure![language]} ${DEFAULT_TEMPLATES[key]![language]}`.replace(/\{\{\w+\}\}/g, "Maximiliana");
        expect([key, language, both.length <= 320]).toEqual([key, language, true]);
      }
    }
  });

  it("fits the first touch and its pipeline's first question in one SMS", () => {
    for (const language of ["en", "es"] as const) {
      for (const [touch, ask] of [["first_touch.seller", "ask.address"], ["first_touch.buyer", "ask.budget"]] as const) {
        expect(`${DEFAULT_TEMPLATES[touch]![language]} ${DEFAULT_TEMPLATES[ask]![language]}`.replace("{{firstName}}", "Maximiliana").length).toBeLessThanOrEqual(320);
      }
    }
  });

  it("lists each key's variables, and none for a key it does not know", () => {
    expect(templateVariables("handoff_to_person")).toEqual(["firstName", "seatFirstName"]);
    expect(templateVariables("opt_out_confirmation")).toEqual([]);
    expect(templateVariables("promo.spring")).toBeNull();
  });
});
