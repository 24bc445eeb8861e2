import { describe, expect, it } from "vitest";
import { GHL_FIELD_MAPPING } from "../settings/defaults";
import { fieldKey, fieldMappingFrom, flattenCustomFields, mappedFacts } from "./custom-fields";

describe("flattening GoHighLevel custom fields", () => {
  it("reads an array of {id, value}", () => {
    expect(flattenCustomFields([{ id: "budget", value: "$700-800K" }, { id: "f9Xk2", value: 30 }])).toEqual({ budget: "$700-800K", f9Xk2: 30 });
  });

  it("reads an array of {id, key, field_value}, naming each by its key without the object prefix", () => {
    expect(flattenCustomFields([{ id: "a1", key: "contact.timeline", field_value: "3 months" }, { id: "a2", key: "pre_approved", field_value: true }])).toEqual({ timeline: "3 months", pre_approved: true });
  });

  it("reads a plain object keyed by field name", () => {
    expect(flattenCustomFields({ "Price Range": "under 750k", "Pre-Approved?": "Yes", Bedrooms: ["3", "4"] })).toEqual({ "Price Range": "under 750k", "Pre-Approved?": "Yes", Bedrooms: "3, 4" });
  });

  it("leaves out empty values and what it cannot read", () => {
    expect(flattenCustomFields([{ id: "a", value: "" }, { id: "b", value: null }, { value: "no name" }, "text", { id: "c", value: { nested: 1 } }, { id: "d", value: "  kept  " }])).toEqual({ d: "kept" });
    for (const raw of [null, undefined, "x", 5]) expect(flattenCustomFields(raw)).toEqual({});
  });

  it("keeps at most 200 fields", () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, value: i }));
    expect(Object.keys(flattenCustomFields(many))).toHaveLength(200);
  });
});

describe("mapping custom fields to client facts", () => {
  it("compares names without case, spaces or punctuation", () => {
    expect(fieldKey("Pre-Approved?")).toBe("preapproved");
    const fields = flattenCustomFields({ "PRICE RANGE": "$700-800K", "Move Timeline": "30 days", "Zip_Code": "91737", "Lead Source": "Zillow" });
    expect(mappedFacts(fields, fieldMappingFrom(null))).toEqual({ budget: "$700-800K", timeline: "30 days", postalCode: "91737", leadSource: "Zillow" });
  });

  it("uses the overseer's mapping, ids included, and the first listed name when several are present", () => {
    const mapping = { ...fieldMappingFrom(null), budget: ["f9Xk2", "budget"] };
    expect(mappedFacts({ budget: "1M", f9Xk2: "800k" }, mapping).budget).toBe("800k");
  });

  it("falls back to the default for a fact the stored mapping lacks or garbles", () => {
    const mapping = fieldMappingFrom({ budget: ["my budget"], timeline: "not a list", postalCode: [3] });
    expect(mapping.budget).toEqual(["my budget"]);
    expect(mapping.timeline).toEqual(GHL_FIELD_MAPPING.timeline);
    expect(mapping.postalCode).toEqual(GHL_FIELD_MAPPING.postalCode);
  });
});
