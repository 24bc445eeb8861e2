import { beforeAll, expect, it } from "vitest";
import { seatNotices } from "../schema";
import { createTeamFixture, type TeamFixture } from "../testing/fixtures";
import { describeEachDriver } from "../testing/each-driver";
import { listUnreadNotices } from "./seat-notices";

describeEachDriver("a seat's unread notices", ({ db }) => {
  let fx: TeamFixture;
  beforeAll(async () => {
    fx = await createTeamFixture(db());
    const at = (iso: string) => new Date(iso);
    const base = { organizationId: fx.organizationId, kind: "client_moved_in" };
    await db().insert(seatNotices).values([
      { ...base, seatId: fx.aliceSeat.id, clientId: fx.aliceClient.id, body: "Carmen moved to you: Bob is on vacation.", href: `/clients/${fx.aliceClient.id}`, createdAt: at("2026-12-01T10:00:00Z") },
      { ...base, seatId: fx.aliceSeat.id, kind: "task_reassigned", body: "Bob gave you a task.", createdAt: at("2026-12-01T12:00:00Z") },
      { ...base, seatId: fx.aliceSeat.id, body: "Already read.", createdAt: at("2026-12-01T13:00:00Z"), readAt: at("2026-12-01T13:05:00Z") },
      { ...base, seatId: fx.bobSeat.id, body: "Bob's own notice.", createdAt: at("2026-12-01T14:00:00Z") },
    ]);
  });

  it("lists only the seat's unread notices, newest first, with the client named, and counts them", async () => {
    const { notices, unread } = await listUnreadNotices(db(), fx.organizationId, fx.aliceSeat.id);
    expect(unread).toBe(2);
    expect(notices.map((n) => [n.body, n.clientName])).toEqual([["Bob gave you a task.", null], ["Carmen moved to you: Bob is on vacation.", "Carmen Buyer"]]);
  });

  it("keeps the whole count when the list is cut, and gives a seatless viewer nothing", async () => {
    const { notices, unread } = await listUnreadNotices(db(), fx.organizationId, fx.aliceSeat.id, 1);
    expect([notices.length, unread]).toEqual([1, 2]);
    expect(await listUnreadNotices(db(), fx.organizationId, null)).toEqual({ notices: [], unread: 0 });
  });
});
