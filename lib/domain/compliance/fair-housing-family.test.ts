import { describe, expect, it } from "vitest";
import { FAMILY_RULES } from "./fair-housing-family";
import { applyFairHousingRules } from "./fair-housing-rules";

const found = (text: string) => applyFairHousingRules(text, FAMILY_RULES).map((f) => `${f.severity}:${f.category}`);

describe("household, age and marital-status phrases", () => {
  it("blocks refusals of children in English and Spanish", () => {
    expect(found("The owners aren't renting to anyone with kids.")).toEqual(["block:familial_status"]);
    expect(found("No one under 18 may live here.")).toEqual(["block:familial_status"]);
    expect(found("Se renta, sin niños.")).toEqual(["block:familial_status"]);
  });

  it("blocks a home said to be for singles, couples or an age group", () => {
    expect(found("Ideal for a young professional.")).toEqual(["block:age"]);
    expect(found("Perfecta para una pareja.")).toEqual(["block:marital_status"]);
    expect(found("The owner prefers a married couple.")).toEqual(["block:marital_status"]);
  });

  it("warns on family wording and passes family-room wording", () => {
    expect(found("Great for a growing family.")).toEqual(["warn:familial_status"]);
    expect(found("Kid-friendly street.")).toEqual(["warn:familial_status"]);
    expect(found("Family room, great for family gatherings, single-level living.")).toEqual([]);
    expect(found("Only a couple blocks from the park.")).toEqual([]);
  });

  it("blocks children turned away or discouraged in other words", () => {
    for (const text of ["This condo isn't safe for little kids, lots of stairs.", "Not a good fit for families with kids.", "No es adecuado para niños.", "Best for a couple that doesn't have children.", "Buscamos inquilinos que no tengan hijos.", "The owner doesn't want to rent to big families.", "They'd prefer not to have teenagers in the unit.", "No large families please."]) {
      expect(found(text), text).toContain("block:familial_status");
    }
    for (const text of ["Not far for kids to walk to the school.", "The house doesn't have kids' furniture anymore.", "The sellers don't want kids to miss school, so they close in June.", "Big family room with a fireplace."]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("blocks showing areas by the client's household", () => {
    expect(found("Since you're expecting, I'll only show you family neighborhoods.")).toContain("block:familial_status");
    expect(found("I won't take you to kid neighborhoods, you said you wanted quiet.")).toContain("block:familial_status");
    expect(found("That building is mostly singles.")).toEqual(["block:marital_status"]);
    expect(found("Family neighborhoods with parks are listed on the city site.")).not.toContain("block:familial_status");
  });

  it("warns on a home pitched at children or newlyweds", () => {
    expect(found("Huge yard for the kids to play.")).toEqual(["warn:familial_status"]);
    expect(found("Bonus room for the children upstairs.")).toEqual(["warn:familial_status"]);
    expect(found("Perfect home for newlyweds!")).toEqual(["warn:marital_status"]);
    expect(found("Room for the kids' bikes in the garage.")).toEqual([]);
  });

  it("blocks an age preference or refusal, and keeps 'mature' alone a warning", () => {
    for (const text of ["Seniors are not allowed to rent the loft unit.", "No senior citizens.", "Jubilados no aceptados.", "Younger tenants preferred.", "Owner is looking for an older tenant.", "Mature renters only.", "Mostly retired folks on this street."]) {
      expect(found(text), text).toContain("block:age");
    }
    expect(found("Seniors are welcome at the community center.")).toEqual([]);
    expect(found("Looking for an older home with character?")).toEqual([]);
    expect(found("Mature renters only in this 55+ community.")).toEqual([]);
  });

  it("blocks a home said to be for one sex, in English and Spanish", () => {
    expect(found("Perfect for a single woman, close to the gym.")).toContain("block:sex");
    expect(found("Ideal for a retired man who likes to fish.")).toEqual(["block:sex", "block:age"]);
    expect(found("Se busca roomie: mujer, estudiante.")).toEqual(["block:sex"]);
    expect(found("Preferible señora sola.")).toEqual(["block:sex", "block:marital_status"]);
    expect(found("El dueño es un señor muy amable.")).toEqual([]);
  });
});
