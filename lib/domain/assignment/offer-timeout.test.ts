import { describe, expect, it } from "vitest";
import { offerTimeoutSeconds } from "./offer-timeout";

const timeouts = { hot: 120, default: 900, byRole: { transaction_coordinator: 3600, buyer_specialist: 60 } };

describe("offerTimeoutSeconds", () => {
  it("gives a hot lead the hot timeout whatever the role, or the role's own when shorter", () => {
    expect(offerTimeoutSeconds(timeouts, { hot: true, seatRole: "transaction_coordinator" })).toBe(120);
    expect(offerTimeoutSeconds(timeouts, { hot: true, seatRole: "buyer_specialist" })).toBe(60);
    expect(offerTimeoutSeconds(timeouts, { hot: true, seatRole: "listing_specialist" })).toBe(120);
  });

  it("gives other leads their role's timeout, else the default", () => {
    expect(offerTimeoutSeconds(timeouts, { hot: false, seatRole: "transaction_coordinator" })).toBe(3600);
    expect(offerTimeoutSeconds(timeouts, { hot: false, seatRole: "listing_specialist" })).toBe(900);
    expect(offerTimeoutSeconds({ hot: 120, default: 900 }, { hot: false, seatRole: "buyer_specialist" })).toBe(900);
  });
});
