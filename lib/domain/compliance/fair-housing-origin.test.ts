import { describe, expect, it } from "vitest";
import { ORIGIN_RULES } from "./fair-housing-origin";
import { applyFairHousingRules } from "./fair-housing-rules";

const found = (text: string) => applyFairHousingRules(text, ORIGIN_RULES).map((f) => `${f.severity}:${f.category}`);

describe("race, origin, religion, language and citizenship phrases", () => {
  it("blocks neighborhoods described by their residents", () => {
    expect(found("The area is mostly Black.")).toEqual(["block:race"]);
    expect(found("Very Korean part of town.")).toEqual(["block:national_origin"]);
    expect(found("Hay muchas familias mexicanas.")).toEqual(["block:national_origin"]);
  });

  it("passes colors, styles and landmarks", () => {
    expect(found("The kitchen is mostly white with brass hardware.")).toEqual([]);
    expect(found("Bright white family room; Spanish-style roof; near the Islamic Center and St. Mary's church.")).toEqual([]);
    expect(found("Great Mexican food nearby.")).toEqual([]);
  });

  it("blocks steering by a house of worship but not the landmark alone", () => {
    expect(found("Near the mosque so you'll fit in.")).toEqual(["block:religion"]);
    expect(found("Near the mosque and the 10 freeway.")).toEqual([]);
  });

  it("blocks language, citizenship and immigration screens", () => {
    expect(found("Must speak English.")).toEqual(["block:primary_language"]);
    expect(found("Seller will only accept offers from US citizens.")).toEqual(["block:citizenship"]);
    expect(found("Perfect for senior citizens in the 55+ park.")).toEqual([]);
    expect(found("No inmigrantes.")).toEqual(["block:immigration_status"]);
    expect(found("Jorge habla inglés y español.")).toEqual([]);
  });

  it("blocks steering by who lives in an area, in any wording", () => {
    for (const text of ["Honestly that side of Ontario is mostly Mexican now.", "The east end is becoming more Korean every year.", "You would fit in better over in Chino Hills.", "The demographics are different on that side of town.", "It's a nicer part of town than Fontana, if you know what I mean.", "Perfect for Filipino buyers."]) {
      expect(found(text), text).toContain("block:" + (/mexican|korean|filipino/i.test(text) && !/buyers/i.test(text) ? "national_origin" : "race"));
    }
    for (const text of ["The menu is mostly Mexican, with a few Salvadoran dishes.", "The decor is mostly Spanish style with tile floors.", "We can close by Friday, if you know what I mean by fast.", "Census demographics for Rancho are on the city website."]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("warns on coded words about the mix of people", () => {
    for (const text of ["We want the right kind of people in this building.", "Let's attract a better class of buyers.", "Very diverse community with festivals all year.", "The neighborhood is really mixed these days.", "That block was gentrified a few years ago."]) {
      expect(found(text), text).toEqual(["warn:race"]);
    }
    expect(found("This is the right kind of home for a home office.")).toEqual([]);
    expect(found("A diverse mix of shops and restaurants on Foothill.")).toEqual([]);
  });

  it("blocks citizenship and papers screens in English and Spanish", () => {
    for (const text of ["The landlord says tenants have to be American citizens.", "Seller requires the buyer to be a US citizen.", "U.S. citizenship required for all applicants.", "Los inquilinos deben ser ciudadanos."]) {
      expect(found(text), text).toEqual(["block:citizenship"]);
    }
    for (const text of ["He only rents to tenants with legal status.", "Solo rentamos a personas con papeles.", "The owner won't rent to people without papers.", "No illegal immigrants."]) {
      expect(found(text), text).toEqual(["block:immigration_status"]);
    }
    for (const text of ["Bring the buyers with papers signed to escrow.", "Please have all your papers ready for the lender.", "Senior citizens discount at the gym nearby."]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("blocks a language requirement however it is phrased", () => {
    for (const text of ["Only renting to someone who speaks English.", "Solamente para inquilinos que hablen español.", "Se renta solo a gente que entienda inglés."]) {
      expect(found(text), text).toEqual(["block:primary_language"]);
    }
    expect(found("Our team has agents who speak Spanish and Tagalog.")).toEqual([]);
    expect(found("Hablamos inglés y español.")).toEqual([]);
  });
});
