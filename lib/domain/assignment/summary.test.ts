import { describe, expect, it } from "vitest";
import { assignmentSummary } from "./summary";

describe("assignmentSummary", () => {
  it("names the seat, the place and the client, with the reason of an answer", () => {
    expect(assignmentSummary({ seat: "Daniel Okafor", state: "declined", teamRole: "lead", client: "Carmen Ruiz", reason: "Fully booked" })).toBe("Daniel Okafor declined the lead on Carmen Ruiz: Fully booked");
    expect(assignmentSummary({ seat: "Iris (AI)", state: "timed_out", teamRole: "support", client: "Sam Seller" })).toBe("Iris (AI) did not answer in time for a support place on Sam Seller");
  });

  it("leaves the coordinator's note off an offer and a withdrawal", () => {
    expect(assignmentSummary({ seat: "Carl", state: "offered", teamRole: "lead", client: "Nadia", reason: "Best fit" })).toBe("Carl was offered the lead on Nadia");
    expect(assignmentSummary({ seat: "Carl", state: "rescinded", teamRole: "lead", client: "Nadia", reason: "Jorge chose Bob" })).toBe("Carl was withdrawn from the lead on Nadia");
  });
});
