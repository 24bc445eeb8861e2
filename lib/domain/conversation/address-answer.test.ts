import { describe, expect, it } from "vitest";
import type { QualificationField } from "../team/vocabulary";
import { readAddress } from "./address-answer";
import { reading } from "./reading";

const read = (text: string, lastQuestion: QualificationField | null = "address") =>
  readAddress(reading(text, { pipeline: "seller", lastQuestion, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" }))?.answer ?? null;

describe("the property's address", () => {
  it("reads a full street address anywhere in a message", () => {
    expect(read("I want to sell 9420 Lomita Ct. Thanks", null)).toMatchObject({ value: { text: "9420 Lomita Ct" }, quality: 95 });
    expect(read("It's 10512 Hawthorne Dr, Rancho Cucamonga 91737")).toMatchObject({ value: { text: "10512 Hawthorne Dr" } });
    expect(read("Sure, 13890 Cypress Point Way in Chino Hills")).toMatchObject({ value: { text: "13890 Cypress Point Way" } });
  });

  it("keeps a street whose kind comes before its name whole", () => {
    expect(read("es el 4410 Camino del Sol, Ontario")).toMatchObject({ value: { text: "4410 Camino del Sol" } });
    expect(read("we're at 918 Avenida Flores apt 2")).toMatchObject({ value: { text: "918 Avenida Flores" } });
    expect(read("3301 Paseo Grande in Corona")).toMatchObject({ value: { text: "3301 Paseo Grande" } });
  });

  it("reads cross streets as a partial address", () => {
    expect(read("right at the corner of Haven and Banyan")).toMatchObject({ value: { text: "Haven and Banyan", partial: true } });
    expect(read("en la esquina de Archibald y 19th")).toMatchObject({ value: { text: "Archibald y 19th", partial: true } });
  });

  it("reads a street named as where the home is, with its neighborhood, as partial", () => {
    expect(read("my house on Haven Ave in Alta Loma", null)).toMatchObject({ value: { text: "Haven Ave, Alta Loma", partial: true }, excerpt: "house on Haven Ave" });
  });

  it("takes a number and street without a suffix only as the answer to the address question", () => {
    expect(read("8841 Carnelian")).toMatchObject({ value: { text: "8841 Carnelian" } });
    expect(read("8841 Carnelian", "condition")).toBeNull();
  });

  it("reads a neighborhood alone as a weak, partial answer", () => {
    expect(read("quiero vender mi casa en Etiwanda", null)).toMatchObject({ value: { text: "Etiwanda", partial: true }, quality: 40 });
  });

  it("does not take a city where the client has another home as the property", () => {
    expect(read("we found a house in Henderson so this one has to go", null)).toBeNull();
    expect(read("compramos una casa en Phoenix", null)).toBeNull();
    expect(read("our house in Upland", null)).toMatchObject({ value: { text: "Upland", partial: true } });
  });

  it.each(["ok thanks", "60 days", "I have 2 dogs and 3 kids", "we're on the way home"])("finds no address in %j", (text) => {
    expect(read(text)).toBeNull();
  });
});
