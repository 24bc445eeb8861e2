import { describe, expect, it } from "vitest";
import { RECENT_ACCEPTANCE_HOURS, whyStays } from "./staying-put";

const now = new Date("2026-11-02T17:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const base = { acceptedAt: hoursAgo(200), holderKind: "human" as const, pendingHandoff: false, personal: false };

describe("whyStays", () => {
  it("lets a long-held client move", () => expect(whyStays(base, now)).toBeNull());
  it("keeps a client a person accepted minutes ago", () => expect(whyStays({ ...base, acceptedAt: hoursAgo(0.1) }, now)).toBe("accepted_recently"));
  it("releases the client once the promise window has passed", () => expect(whyStays({ ...base, acceptedAt: hoursAgo(RECENT_ACCEPTANCE_HOURS) }, now)).toBeNull());
  it("does not hold an AI seat's instant acceptance", () => expect(whyStays({ ...base, holderKind: "ai", acceptedAt: hoursAgo(0.1) }, now)).toBeNull());
  it("keeps a client with a pending handoff", () => expect(whyStays({ ...base, pendingHandoff: true }, now)).toBe("pending_handoff"));
  it("keeps Jorge's personal clients first of all", () => expect(whyStays({ ...base, pendingHandoff: true, personal: true }, now)).toBe("personal"));
});
