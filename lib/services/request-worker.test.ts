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
});
