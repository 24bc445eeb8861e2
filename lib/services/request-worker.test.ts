import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { clientRequests } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { routeNextRequest } from "./request-worker";

describeEachDriver("the request worker", ({ db }) => {
  let fx: TeamFixture;
  beforeAll(async () => {
    fx = await createTeamFixture(db());
  });

  it("marks a request it cannot route as failed with a plain note, and logs the real cause with the same reference", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const [row] = await db().insert(clientRequests).values({ organizationId: fx.organizationId, source: "form", idempotencyKey: "broken-1", payload: { contact: {}, type: "castle" } }).returning();
    expect(await routeNextRequest(db(), { organizationId: fx.organizationId, id: row!.id })).toBe(true);
    const [stored] = await db().select().from(clientRequests).where(eq(clientRequests.id, row!.id));
    expect(stored!.status).toBe("failed");
    expect(stored!.error).toMatch(/^Routing stopped on an unexpected error \(reference [0-9a-f]{6}\)/);
    expect(stored!.error).not.toMatch(/Failed query|invalid_|params:|"code"/);
    const reference = /reference ([0-9a-f]{6})/.exec(stored!.error!)![1];
    expect(log.mock.calls.some((call) => String(call[0]).includes(reference!))).toBe(true);
    log.mockRestore();
  });

  it("routes a new contact's request before older messages from known clients, and the oldest first within each", async () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 17, minutes));
    const request = (key: string, priority: 0 | 1, minutes: number) => ({ organizationId: fx.organizationId, source: "form" as const, idempotencyKey: key, priority, receivedAt: at(minutes), payload: { contact: {}, type: "castle" } });
    await db().insert(clientRequests).values([request("known-early", 1, 0), request("known-late", 1, 1), request("new-later", 0, 5), request("new-latest", 0, 6)]);
    const order: string[] = [];
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (let i = 0; i < 4; i++) {
      await routeNextRequest(db());
      const done = await db().select({ key: clientRequests.idempotencyKey }).from(clientRequests).where(eq(clientRequests.status, "failed"));
      order.push(done.map((d) => d.key).find((k) => !order.includes(k) && k !== "broken-1")!);
    }
    vi.restoreAllMocks();
    expect(order).toEqual(["new-later", "new-latest", "known-early", "known-late"]);
  });
});
