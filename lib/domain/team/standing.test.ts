import { describe, expect, it } from "vitest";
import { DEFAULT_ROLE_PERMISSIONS } from "../auth/permissions";
import { teamStanding } from "./standing";

const team = [
  { seatId: "lead", teamRole: "lead", state: "accepted" },
  { seatId: "helper", teamRole: "support", state: "accepted" },
  { seatId: "pending", teamRole: "support", state: "offered" },
];
const agent = (seatId: string | null) => ({ seatId, permissions: DEFAULT_ROLE_PERMISSIONS.agent });

describe("teamStanding", () => {
  it("reads the lead, a supporter, a seat still offered, and an outsider", () => {
    expect(teamStanding(agent("lead"), team)).toMatchObject({ forAll: false, onTeam: true, isLead: true });
    expect(teamStanding(agent("helper"), team)).toMatchObject({ onTeam: true, isLead: false, place: team[1] });
    expect(teamStanding(agent("pending"), team)).toMatchObject({ onTeam: false, isLead: false, place: undefined });
    expect(teamStanding(agent(null), team)).toMatchObject({ onTeam: false, isLead: false });
  });

  it("lets the overseer act as lead on every client", () => {
    expect(teamStanding({ seatId: null, permissions: DEFAULT_ROLE_PERMISSIONS.overseer }, [])).toEqual({ forAll: true, onTeam: true, isLead: true, place: undefined });
  });
});
