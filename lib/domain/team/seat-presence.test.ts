import { describe, expect, it } from "vitest";
import { seatPresence } from "./seat-presence";

describe("seatPresence", () => {
  it("keeps the presence the seat set", () => expect(seatPresence("away", null)).toBe("away"));
  it("is offline for a disabled account, whatever the seat last set", () => expect(seatPresence("available", new Date("2026-11-30T12:00:00Z"))).toBe("offline"));
});
