import { describe, expect, it } from "vitest";
import { canSeeEvent, formatSseEvent } from "./sse";
import type { ConsoleEvent } from "./types";

const event: ConsoleEvent = {
  id: "5b0e7a52-7f43-4a8e-9d0e-2f1c1c0f6a11",
  type: "assignment.accepted",
  organizationId: "org-1",
  clientId: "client-1",
  seatIds: ["seat-alice"],
  summary: "Alice accepted Carmen\nBuyer",
  at: "2026-11-02T17:00:00.000Z",
};

describe("server-sent event frames", () => {
  it("writes the id, the event name and the JSON on one data line, ending with a blank line", () => {
    const frame = formatSseEvent(event);
    expect(frame).toBe(`id: ${event.id}\nevent: console\ndata: ${JSON.stringify(event)}\n\n`);
    expect(frame.split("\n")).toHaveLength(5);
    expect(JSON.parse(frame.split("\n")[2]!.slice("data: ".length))).toEqual(event);
  });
});

describe("who sees an event", () => {
  const overseer = { organizationId: "org-1", seatId: "seat-jorge", permissions: ["clients.read_all", "team.manage"] };
  const alice = { organizationId: "org-1", seatId: "seat-alice", permissions: ["clients.read_own"] };
  const bob = { organizationId: "org-1", seatId: "seat-bob", permissions: ["clients.read_own"] };
  const seatless = { organizationId: "org-1", seatId: null, permissions: ["clients.read_own"] };

  it("shows a reader of all clients every event of their organization", () => {
    expect(canSeeEvent(overseer, event)).toBe(true);
    expect(canSeeEvent(overseer, { ...event, seatIds: [] })).toBe(true);
  });

  it("shows a team member only the events that concern their seat", () => {
    expect(canSeeEvent(alice, event)).toBe(true);
    expect(canSeeEvent(bob, event)).toBe(false);
    expect(canSeeEvent(seatless, event)).toBe(false);
  });

  it("never shows another organization's events", () => {
    expect(canSeeEvent({ ...overseer, organizationId: "org-2" }, event)).toBe(false);
    expect(canSeeEvent({ ...alice, organizationId: "org-2" }, event)).toBe(false);
  });
});
