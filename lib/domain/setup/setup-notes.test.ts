import { describe, expect, it } from "vitest";
import { OVERSEER_COMMAND_EXAMPLE, setupNotes, type SetupOutcome } from "./setup-notes";

const demoSignIns = [{ role: "overseer", email: "jorge@salas.example", password: "jorge-demo-2026" }];
const url = "http://localhost:3000";
const notes = (outcome: Partial<SetupOutcome>) =>
  setupNotes({ plan: "organization", database: "postgres", demoAccounts: false, overseer: false, ...outcome }, { url, demoSignIns }).join("\n");

describe("setupNotes", () => {
  it("lists the demo sign-ins on a demo start", () => {
    const text = notes({ plan: "demo", database: "embedded", demoAccounts: true, overseer: true });
    expect(text).toContain(`The console is at ${url}. Sign in with:`);
    expect(text).toContain("jorge@salas.example");
    expect(text).toContain("jorge-demo-2026");
  });

  it("gives the overseer command on a production start without an overseer, and no demo password", () => {
    const text = notes({});
    expect(text).toContain("This console has no overseer yet");
    expect(text).toContain(OVERSEER_COMMAND_EXAMPLE);
    expect(text).toContain("same DATABASE_URL");
    expect(text).not.toContain("demo-2026");
  });

  it("tells an embedded operator to stop the console before creating the overseer", () => {
    expect(notes({ database: "embedded" })).toContain("after stopping the console");
  });

  it("shows no demo password when the demo plan found no demo team", () => {
    const text = notes({ plan: "demo", database: "embedded", demoAccounts: false });
    expect(text).not.toContain("demo-2026");
    expect(text).toContain(OVERSEER_COMMAND_EXAMPLE);
  });

  it("warns about a demo team found by a production start, without its passwords", () => {
    const text = notes({ demoAccounts: true, overseer: true });
    expect(text).toContain("Warning: this database holds the demo team");
    expect(text).not.toContain("demo-2026");
  });

  it("points to the overseer's own account once one exists", () => {
    expect(notes({ overseer: true })).toBe(`The console is at ${url}. Sign in with the overseer's account.`);
    expect(setupNotes({ plan: "organization", database: "postgres", demoAccounts: false, overseer: true }, { demoSignIns })).toEqual([]);
  });
});
