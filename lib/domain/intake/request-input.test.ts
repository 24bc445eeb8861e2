import { describe, expect, it } from "vitest";
import { clientRequestInputSchema, pipelineFor, stagesFor } from "./request-input";

const valid = { contact: { firstName: "Ana", email: "ana@example.com" }, type: "seller" };

describe("the client request shape", () => {
  it("accepts a minimal request and fills defaults", () => {
    const r = clientRequestInputSchema.parse(valid);
    expect(r).toMatchObject({ contact: { firstName: "Ana", lastName: "", email: "ana@example.com" }, tags: [], smsConsent: false });
  });

  it("requires some way to reach the client", () => {
    const r = clientRequestInputSchema.safeParse({ contact: { firstName: "Ana" }, type: "buyer" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/email, a phone number or a GoHighLevel contact id/);
  });

  it("explains bad values field by field", () => {
    const r = clientRequestInputSchema.safeParse({ ...valid, type: "landlord", postalCode: "9170", budgetMin: -5 });
    const paths = r.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["type", "postalCode", "budgetMin"]));
  });

  it("stores the phone in E.164 and refuses a number that cannot be dialled, saying why", () => {
    expect(clientRequestInputSchema.parse({ contact: { firstName: "Ana", phone: "(909) 555-0142" }, type: "buyer" }).contact.phone).toBe("+19095550142");
    const short = clientRequestInputSchema.safeParse({ contact: { firstName: "Ana", phone: "555-0142" }, type: "buyer" });
    expect(short.error?.issues[0]).toMatchObject({ path: ["contact", "phone"], message: expect.stringContaining("area code") });
  });

  it("keeps the stage within the client's pipeline", () => {
    expect(clientRequestInputSchema.safeParse({ ...valid, stage: "Financially Ready" }).error?.issues[0]?.path).toEqual(["stage"]);
    expect(clientRequestInputSchema.safeParse({ ...valid, stage: "Hot Seller" }).success).toBe(true);
  });

  it("refuses an inverted budget", () => {
    const r = clientRequestInputSchema.safeParse({ ...valid, type: "buyer", budgetMin: 900_000, budgetMax: 700_000 });
    expect(r.error?.issues[0]?.message).toBe("budgetMin cannot exceed budgetMax");
  });

  it("puts sellers in the seller pipeline and everyone else in the buyer pipeline", () => {
    expect(pipelineFor("seller")).toBe("seller");
    expect(pipelineFor("investor")).toBe("buyer");
    expect(stagesFor("seller")).toContain("Listing Appointment");
    expect(stagesFor("seller")).not.toContain("Financially Ready");
    for (const type of ["buyer", "investor", "renter"] as const) expect(stagesFor(type)).toEqual(expect.arrayContaining(["Financially Ready", "Showing Scheduled"]));
  });

  it("keeps where the lead came from, trimmed, and refuses an empty or overlong source", () => {
    expect(clientRequestInputSchema.parse({ ...valid, leadSource: " Open house " }).leadSource).toBe("Open house");
    expect(clientRequestInputSchema.safeParse({ ...valid, leadSource: "" }).error?.issues[0]?.path).toEqual(["leadSource"]);
    expect(clientRequestInputSchema.safeParse({ ...valid, leadSource: "x".repeat(81) }).error?.issues[0]?.path).toEqual(["leadSource"]);
  });
});
