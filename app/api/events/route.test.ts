import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ConsoleEvent } from "@/lib/events/types";

const state = vi.hoisted(() => ({
  viewer: null as null | { organizationId: string; userId?: string; seatId: string | null; permissions: string[]; sessionId?: string },
  subscribers: new Map<(e: unknown) => void, string>(),
  sessionLive: true,
}));

vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/events/hub", () => ({
  subscribe: (organizationId: string, onEvent: (e: unknown) => void) => {
    state.subscribers.set(onEvent, organizationId);
    return () => state.subscribers.delete(onEvent);
  },
}));

vi.mock("@/lib/db/client", () => ({ getDb: () => ({}) }));
vi.mock("@/lib/db/queries/users", () => ({ getViewerRecord: async () => (state.sessionLive ? state.viewer : null) }));

const { GET } = await import("./route");

const event = (seatIds: string[], summary: string): ConsoleEvent => ({
  id: crypto.randomUUID(), type: "assignment.offered", organizationId: "org-1", clientId: null, seatIds, summary, at: new Date().toISOString(),
});
const emit = (e: ConsoleEvent) => [...state.subscribers.keys()].forEach((onEvent) => onEvent(e));

describe("GET /api/events", () => {
  beforeEach(() => {
    state.subscribers.clear();
  });

  it("answers 401 with a JSON error when nobody is signed in", async () => {
    state.viewer = null;
    const response = await GET(new Request("http://localhost/api/events"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it("streams the retry hint and the team member's own events, and unsubscribes on abort", async () => {
    state.viewer = { organizationId: "org-1", seatId: "seat-alice", permissions: ["clients.read_own"] };
    const abort = new AbortController();
    const response = await GET(new Request("http://localhost/api/events", { signal: abort.signal }));
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect([...state.subscribers.values()]).toEqual(["org-1"]);
    emit(event(["seat-bob"], "for Bob"));
    emit(event(["seat-alice"], "for Alice"));
    abort.abort();
    expect(state.subscribers.size).toBe(0);
    const text = await response.text();
    expect(text.startsWith("retry: 3000\n\n")).toBe(true);
    expect(text).toContain("event: console\n");
    expect(text).toContain("for Alice");
    expect(text).not.toContain("for Bob");
  });

  it("unsubscribes when the reader cancels the stream", async () => {
    state.viewer = { organizationId: "org-1", seatId: null, permissions: ["clients.read_all"] };
    const response = await GET(new Request("http://localhost/api/events"));
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("retry: 3000\n\n");
    expect(state.subscribers.size).toBe(1);
    await reader.cancel();
    expect(state.subscribers.size).toBe(0);
  });

  it("ends the stream at the next heartbeat once the session is signed out elsewhere", async () => {
    vi.useFakeTimers();
    try {
      state.sessionLive = true;
      state.viewer = { organizationId: "org-1", userId: "user-1", seatId: "seat-alice", permissions: ["clients.read_own"], sessionId: "0d8a4c1e-4b0f-4a55-9d7e-3f1f2a6b7c8d" };
      const response = await GET(new Request("http://localhost/api/events"));
      await vi.advanceTimersByTimeAsync(20_000);
      expect(state.subscribers.size).toBe(1);
      state.sessionLive = false;
      await vi.advanceTimersByTimeAsync(20_000);
      expect(state.subscribers.size).toBe(0);
      const text = await response.text();
      expect(text.match(/: heartbeat/g)).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
