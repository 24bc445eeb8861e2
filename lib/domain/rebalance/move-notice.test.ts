import { describe, expect, it } from "vitest";
import { moveNotices } from "./move-notice";

const story = { client: "Ana Ruiz", from: { name: "Maria", load: 12, capacity: 10 }, to: { name: "Daniel", load: 3, capacity: 10 }, scoreBefore: 0.61, scoreAfter: 0.82, by: "Jorge Salas" };

describe("moveNotices", () => {
  it("tells an overloaded seat its load was the reason", () => {
    expect(moveNotices(story).from).toBe("Jorge Salas moved Ana Ruiz to Daniel when rebalancing the team: you held 12 clients for a capacity of 10. Their history and dossier went with them.");
  });
  it("tells a seat within capacity that the other seat fits better, with both fits", () => {
    expect(moveNotices({ ...story, from: { name: "Maria", load: 8, capacity: 10 } }).from).toContain("Daniel fits Ana Ruiz better (82% against 61%)");
  });
  it("tells the receiving seat where the client came from and how well it fits", () => {
    expect(moveNotices(story).to).toBe("Jorge Salas moved Ana Ruiz to you from Maria when rebalancing the team: you fit them 82% against 61% with Maria. Read the dossier before you reach out.");
  });
  it("has nobody to tell on the giving side for an unheld client", () => {
    const notices = moveNotices({ ...story, from: null });
    expect(notices.from).toBeNull();
    expect(notices.to).not.toContain("from");
  });
});
