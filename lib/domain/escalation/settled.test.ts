import { describe, expect, it } from "vitest";
import { settledBecause, type SettleFacts } from "./settled";

const nobody: SettleFacts = { clientName: "Roberto", acceptedLead: null };
const daniel: SettleFacts = { clientName: "Roberto", acceptedLead: { seatName: "Daniel Ortiz", overseer: false } };
const jorge: SettleFacts = { clientName: "Roberto", acceptedLead: { seatName: "Jorge Salas", overseer: true } };
const deal = (p: Partial<SettleFacts>): SettleFacts => ({ ...nobody, transactionStatus: "open", deadlineTasks: [], stillOnContract: true, ...p });

describe("whether an escalation's cause is gone", () => {
  it("closes 'nobody took the client' once a seat accepted the lead", () => {
    expect(settledBecause("fallback_exhausted", nobody)).toBeNull();
    expect(settledBecause("fallback_exhausted", daniel)).toBe("Daniel Ortiz accepted Roberto as lead, so somebody took the client.");
    expect(settledBecause("no_eligible_seat", daniel)).toBe("A seat became available: Daniel Ortiz now leads Roberto.");
  });

  it("closes a high-commission notice only when Jorge leads the client himself", () => {
    expect(settledBecause("high_commission", daniel)).toBeNull();
    expect(settledBecause("high_commission", jorge)).toBe("Jorge now leads Roberto himself.");
  });

  it("closes a deadline at risk once it is met, removed, moved or its deal ended", () => {
    const open = { title: "Loan contingency removal", status: "open" };
    expect(settledBecause("deadline_at_risk", deal({ deadlineTasks: [open] }))).toBeNull();
    expect(settledBecause("deadline_at_risk", deal({ deadlineTasks: [{ ...open, status: "done" }, { title: "Appraisal contingency removal", status: "open" }] }))).toBeNull();
    expect(settledBecause("deadline_at_risk", deal({ deadlineTasks: [{ ...open, status: "done" }, { title: "Appraisal contingency removal", status: "done" }] })))
      .toBe("Deadline met: Loan contingency removal and Appraisal contingency removal marked done.");
    expect(settledBecause("deadline_at_risk", deal({ deadlineTasks: [{ ...open, status: "cancelled" }] }))).toBe("The deadline was removed: its task was cancelled.");
    expect(settledBecause("deadline_at_risk", deal({ stillOnContract: false }))).toBe("The deadline moved: no contract date falls on that day any more.");
    expect(settledBecause("deadline_at_risk", deal({ stillOnContract: true }))).toBeNull();
    expect(settledBecause("deadline_at_risk", deal({ transactionStatus: "closed", deadlineTasks: [open] }))).toBe("The transaction closed, so the deadline no longer applies.");
    expect(settledBecause("deadline_at_risk", deal({ transactionStatus: "cancelled" }))).toBe("The transaction was cancelled, so the deadline no longer applies.");
  });

  it("keeps what needs a person open whatever the facts", () => {
    for (const trigger of ["human_requested", "distress_words", "negative_sentiment", "hot_qualified", "agent_conflict"]) {
      expect(settledBecause(trigger, jorge)).toBeNull();
    }
  });
});
