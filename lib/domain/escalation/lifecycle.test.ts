import { describe, expect, it } from "vitest";
import { escalationStep } from "./lifecycle";

describe("escalationStep", () => {
  it("acknowledges an open escalation and resolves it", () => {
    expect(escalationStep("open", "acknowledge")).toEqual({ ok: true, status: "acknowledged" });
    expect(escalationStep("acknowledged", "resolve")).toEqual({ ok: true, status: "resolved" });
  });

  it("resolves straight from open", () => {
    expect(escalationStep("open", "resolve")).toEqual({ ok: true, status: "resolved" });
  });

  it("keeps the status on reassign and note", () => {
    expect(escalationStep("acknowledged", "reassign")).toEqual({ ok: true, status: "acknowledged" });
    expect(escalationStep("resolved", "note")).toEqual({ ok: true, status: "resolved" });
  });

  it("refuses acknowledging twice, and anything but a note after resolving", () => {
    expect(escalationStep("acknowledged", "acknowledge")).toEqual({ ok: false, error: "Cannot acknowledge this escalation: it was already acknowledged." });
    expect(escalationStep("resolved", "resolve")).toMatchObject({ ok: false });
    expect(escalationStep("resolved", "reassign")).toMatchObject({ ok: false, error: expect.stringContaining("is resolved") });
  });
});
