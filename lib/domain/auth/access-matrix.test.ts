import { describe, expect, it } from "vitest";
import { ACCESS_MATRIX, matrixCases, matrixSize, PAGE_DOORS, ROUTE_DOORS } from "./access-matrix";
import { ACTION_DOORS } from "./access-matrix-actions";
import { actionExpectation, doorName, pageExpectation, routeExpectation, type ActionSampleIds } from "./access-matrix-doors";

const byPattern = (pattern: string) => PAGE_DOORS.find((d) => d.pattern === pattern)!;
const route = (method: string, pattern: string) => ROUTE_DOORS.find((d) => d.method === method && d.pattern === pattern)!;

const IDS: ActionSampleIds = {
  client: { own: "client-own", other: "client-other" }, seat: { own: "seat-own", other: "seat-other" }, freeSeat: "seat-free",
  offer: { own: "offer-own", other: "offer-other" }, handoff: { own: "handoff-own", other: "handoff-other" }, session: { own: "session-own", other: "session-other" },
  escalation: "escalation", task: { own: "task-own", other: "task-other" }, notice: { own: "notice-own", other: "notice-other" }, heldMessage: { own: "held-own", other: "held-other" }, market: "market", person: "person", apiToken: "token", dueAt: "2030-01-01T10:00",
};

describe("the matrix's answers as HTTP and action answers", () => {
  it("answers a page 200, a redirect to sign in or on to the overview, or the page's own refusal", () => {
    expect(pageExpectation(byPattern("/settings"), "allowed")).toEqual({ status: 200 });
    expect(pageExpectation(byPattern("/settings"), "sign-in")).toEqual({ status: 307, location: "/login" });
    expect(pageExpectation(byPattern("/settings"), "refused")).toEqual({ status: 404 });
    expect(pageExpectation(byPattern("/login"), "sent-on")).toEqual({ status: 307, location: "/" });
    expect(pageExpectation(byPattern("/clients/[id]"), "not-yours")).toEqual({ status: 404 });
    expect(() => pageExpectation(byPattern("/team"), "refused")).toThrow(/page \/team answers "refused" but declares no refusal/);
    const noticed = { ...byPattern("/settings"), refusal: { status: 200, notice: "Only the overseer can change settings." } } as const;
    expect(pageExpectation(noticed, "refused")).toEqual({ status: 200, notice: "Only the overseer can change settings." });
  });

  it("answers a route its sample status when let in, 401 without the right credential, 403 when refused", () => {
    expect(routeExpectation(route("GET", "/api/events"), "allowed")).toEqual({ status: 200, eventStream: true });
    expect(routeExpectation(route("GET", "/api/events"), "sign-in")).toEqual({ status: 401 });
    expect(routeExpectation(route("POST", "/api/v1/requests"), "credential")).toEqual({ status: 401 });
    expect(routeExpectation(route("POST", "/api/v1/requests"), "refused")).toEqual({ status: 403 });
    expect(routeExpectation(route("POST", "/api/bench/baseline"), "off")).toEqual({ status: 404 });
  });

  it("answers an action by running, by the session-expired message, or by one of its refusals", () => {
    const door = ACTION_DOORS.find((d) => d.name === "saveWeights")!;
    expect([actionExpectation(door, "allowed"), actionExpectation(door, "sign-in"), actionExpectation(door, "refused"), actionExpectation(door, "not-yours")]).toEqual(["runs", "session-expired", "refused", "refused"]);
    expect(() => actionExpectation(door, "sent-on")).toThrow(/does not apply/);
  });
});

describe("the access matrix declaration", () => {
  it("names every door once", () => {
    const names = ACCESS_MATRIX.map(doorName);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("gives every case an answer its door can express", () => {
    const problems = matrixCases(ACCESS_MATRIX).flatMap((c) => {
      try {
        if (c.door.kind === "page") pageExpectation(c.door, c.answer);
        else if (c.door.kind === "route") routeExpectation(c.door, c.answer);
        else actionExpectation(c.door, c.answer);
        return [];
      } catch (error) {
        return [`${doorName(c.door)} for ${c.role}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it("lists refusal messages for every action that refuses some role, and none for the others", () => {
    const refuses = (d: (typeof ACTION_DOORS)[number]) => matrixCases([d]).some((c) => actionExpectation(d, c.answer) === "refused");
    const wrong = ACTION_DOORS.filter((d) => refuses(d) !== d.refusals.length > 0).map(doorName);
    expect(wrong).toEqual([]);
  });

  it("tries own-record actions on a different record for each sample", () => {
    const same = ACTION_DOORS.filter((d) => d.requires.kind === "own" && JSON.stringify(d.input(IDS, "own")) === JSON.stringify(d.input(IDS, "other"))).map(doorName);
    expect(same).toEqual([]);
  });

  it("counts entries, roles and cases", () => {
    const own = ACCESS_MATRIX.filter((d) => d.requires.kind === "own").length;
    expect(matrixCases(ACCESS_MATRIX)).toHaveLength((ACCESS_MATRIX.length + own) * 4);
    expect(matrixSize(ACCESS_MATRIX)).toBe(`access matrix: ${ACCESS_MATRIX.length} entries × 4 roles = ${ACCESS_MATRIX.length * 4} cases (${(ACCESS_MATRIX.length + own) * 4} with own-record doors tried on a record of the team member's and on one of another seat's)`);
  });
});
