import { describe, expect, it } from "vitest";
import { eventTypeLabel, mergeFeed, relativeTime } from "./feed";

const now = Date.parse("2026-11-02T17:00:00.000Z");
const ago = (ms: number) => new Date(now - ms).toISOString();

describe("the activity feed", () => {
  it("says how long ago in words", () => {
    expect(relativeTime(ago(10_000), now)).toBe("just now");
    expect(relativeTime(ago(-5_000), now)).toBe("just now");
    expect(relativeTime(ago(50_000), now)).toBe("1 min ago");
    expect(relativeTime(ago(3 * 60_000 + 20_000), now)).toBe("3 min ago");
    expect(relativeTime(ago(2 * 3_600_000 + 1), now)).toBe("2 h ago");
    expect(relativeTime(ago(3 * 86_400_000), now)).toBe("3 d ago");
  });

  it("merges live events over the server's list, newest first, each id once", () => {
    const initial = [
      { id: "a", type: "request.routed", summary: "server a", at: ago(60_000) },
      { id: "b", type: "task.reminder", summary: "server b", at: ago(120_000) },
    ];
    const live = [
      { id: "c", type: "thread.posted", summary: "live c", at: ago(1_000) },
      { id: "a", type: "request.routed", summary: "live a", at: ago(60_000) },
    ];
    expect(mergeFeed(live, initial).map((i) => i.summary)).toEqual(["live c", "live a", "server b"]);
    expect(mergeFeed(live, initial, 2)).toHaveLength(2);
    expect(mergeFeed([], [])).toEqual([]);
  });

  it("names event types for people", () => {
    expect(eventTypeLabel("assignment.timed_out")).toBe("Assignment timed out");
    expect(eventTypeLabel("escalation.opened")).toBe("Escalation opened");
  });
});
