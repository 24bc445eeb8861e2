import { beforeAll, expect, it } from "vitest";
import { appointments, assignments, interactions, tasks } from "../schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { listClients } from "./clients";
import { scopeOf } from "./scope";

const NOW = new Date("2026-12-01T18:00:00Z");
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

describeEachDriver("the client list's last contact and next step", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    const org = fx.organizationId;
    const carmen = fx.aliceClient.id;
    const sam = fx.bobClient.id;
    await db().insert(interactions).values([
      { organizationId: org, clientId: carmen, channel: "sms", direction: "inbound", body: "Can we see it Saturday?", occurredAt: at(-5) },
      { organizationId: org, clientId: carmen, seatId: fx.aliceSeat.id, channel: "call", direction: "outbound", body: "Called back", occurredAt: at(-2) },
      { organizationId: org, clientId: carmen, seatId: fx.aliceSeat.id, channel: "note", direction: "internal", body: "Prefers evenings", occurredAt: at(-1) },
    ]);
    await db().insert(tasks).values([
      { organizationId: org, clientId: carmen, seatId: fx.aliceSeat.id, title: "Send the comps", dueAt: at(30) },
      { organizationId: org, clientId: carmen, seatId: fx.aliceSeat.id, title: "Old call, done", dueAt: at(2), status: "done", completedAt: at(-3) },
      { organizationId: org, clientId: sam, seatId: fx.bobSeat.id, title: "Call about the listing", dueAt: at(48) },
    ]);
    await db().insert(appointments).values([
      { organizationId: org, clientId: carmen, seatId: fx.aliceSeat.id, kind: "showing", startsAt: at(20), endsAt: at(21), timeZone: "America/Los_Angeles" },
      { organizationId: org, clientId: carmen, seatId: fx.aliceSeat.id, kind: "meeting", startsAt: at(-30), endsAt: at(-29), timeZone: "America/Los_Angeles" },
      { organizationId: org, clientId: sam, seatId: fx.bobSeat.id, kind: "listing_appointment", startsAt: at(72), endsAt: at(73), timeZone: "America/Los_Angeles", status: "cancelled" },
    ]);
  });

  it("give each working row its latest message or call, not notes, and the sooner of the next task and appointment", async () => {
    const { rows } = await listClients(db(), scopeOf(fx.as.jorge), {}, NOW);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(fx.aliceClient.id)).toMatchObject({ preview: false, lastContact: { at: at(-2), channel: "call" }, nextStep: { kind: "appointment", appointment: "showing", at: at(20) } });
    expect(byId.get(fx.bobClient.id)).toMatchObject({ preview: false, lastContact: null, nextStep: { kind: "task", title: "Call about the listing", at: at(48) } });
  });

  it("name the seat a pending lead was offered to, and show a preview row nothing but its name, type and market", async () => {
    const { rows } = await listClients(db(), scopeOf(fx.as.carl), {}, NOW);
    expect(rows).toEqual([]);
    await db().delete(assignments);
    await insertOffer(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, expiresAt: at(1) });
    const [preview] = (await listClients(db(), scopeOf(fx.as.carl), {}, NOW)).rows;
    expect(Object.keys(preview!).sort()).toEqual(["firstName", "id", "lastName", "marketName", "preview", "type"]);
    const carmen = (await listClients(db(), scopeOf(fx.as.jorge), {}, NOW)).rows.find((r) => r.id === fx.aliceClient.id);
    expect(carmen).toMatchObject({ offeredTo: "Carl Closer", ownerName: "Alice Agent" });
  });
});
