import { describe, expect, it, vi } from "vitest";
import { chunkedRequest, repeatedChunks } from "@/lib/http/testing/streams";

vi.mock("@/lib/db/client", () => ({ getDb: () => { throw new Error("a refused body must not reach the database"); } }));
vi.mock("@/lib/services/request-worker", () => ({ kickRequestWorker: () => {} }));

const { POST } = await import("./route");
const url = "http://console.test/api/webhooks/ghl";

describe("POST /api/webhooks/ghl body limit", () => {
  it("answers 413 for a 20 MB chunked body having read only the first 256 KB or so", async () => {
    const { request, seen } = chunkedRequest(url, () => repeatedChunks(64 * 1024, 320), { "x-ghl-signature": "c2ln" });
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: "The body is more than 262144 bytes; at most 262144 are accepted" });
    expect(seen.pulled).toBeLessThanOrEqual(256 * 1024 + 2 * 64 * 1024);
    expect(seen.cancelled).toBe(true);
  });

  it("answers 413 at once for a declared Content-Length over the limit", async () => {
    const response = await POST(new Request(url, { method: "POST", body: "{}", headers: { "content-length": String(20 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
  });
});
