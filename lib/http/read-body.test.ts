import { describe, expect, it } from "vitest";
import { readBodyBytes } from "./read-body";
import { chunkedRequest, repeatedChunks } from "./testing/streams";

const url = "http://console.test/api";
const MB = 1024 * 1024;

describe("reading a request body up to a limit in bytes", () => {
  it("stops reading a 20 MB chunked body at the limit, cancels the rest and answers 413", async () => {
    const { request, seen } = chunkedRequest(url, () => repeatedChunks(64 * 1024, 320));
    const read = await readBodyBytes(request, 256 * 1024);
    expect(read).toEqual({ ok: false, status: 413, error: "The body is more than 262144 bytes; at most 262144 are accepted" });
    expect(seen.pulled).toBeLessThanOrEqual(256 * 1024 + 2 * 64 * 1024);
    expect(seen.pulled).toBeLessThan(MB);
    expect(seen.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length above the limit without reading", async () => {
    const request = new Request(url, { method: "POST", body: "{}", headers: { "content-length": String(20 * MB) } });
    expect(await readBodyBytes(request, 1024)).toMatchObject({ ok: false, status: 413, error: expect.stringContaining(`${20 * MB} bytes`) });
  });

  it("counts bytes, not characters: 20,000 'é' are 40,000 bytes", async () => {
    const text = JSON.stringify({ message: "é".repeat(20_000) });
    expect(text.length).toBeLessThan(32 * 1024);
    const read = await readBodyBytes(new Request(url, { method: "POST", body: text }), 32 * 1024);
    expect(read).toMatchObject({ ok: false, status: 413 });
  });

  it("reads a body within the limit whole, in as many chunks as it comes", async () => {
    const { request } = chunkedRequest(url, () => repeatedChunks(1000, 10));
    const read = await readBodyBytes(request, 10_000);
    expect(read.ok && read.bytes.length).toBe(10_000);
    expect(await readBodyBytes(new Request(url, { method: "POST" }), 10)).toEqual({ ok: true, bytes: Buffer.alloc(0) });
  });

  it("answers 400 when the stream breaks off", async () => {
    const body = new ReadableStream({ pull: (c) => c.error(new Error("connection reset")) });
    const request = new Request(url, { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await readBodyBytes(request, 1024)).toMatchObject({ ok: false, status: 400 });
  });
});
