import { describe, expect, it } from "vitest";
import { z } from "zod";
import { searchText, singleParam } from "./search-text";

const filters = z.object({ q: searchText(100) });

describe("search parameters of an address", () => {
  it("cleans and trims the search text", () => {
    expect(filters.parse({ q: "  Car\u0000men \uD800 " })).toEqual({ q: "Carmen \uFFFD" });
  });

  it("ignores a value that is too long, repeated or not text", () => {
    for (const q of ["x".repeat(101), ["a", "b"], 42]) expect(filters.parse({ q })).toEqual({ q: undefined });
  });

  it("reads one key as a single clean string, never from the prototype", () => {
    expect(singleParam({ next: "/clients\u0000" }, "next")).toBe("/clients");
    expect(singleParam({ next: ["/a", "/b"] }, "next")).toBeUndefined();
    expect(singleParam({}, "constructor")).toBeUndefined();
  });
});
