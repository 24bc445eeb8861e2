import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json";

const url = "http://console.test/api";

describe("reading a JSON body", () => {
  const post = (body: BodyInit) => new Request(url, { method: "POST", body });

  it("cleans NULs and lone surrogates out of every string and keeps the raw bytes", async () => {
    const raw = '{"message":"Hola\\u0000 \\ud83d","tags":["a\\u0000"]}';
    const read = await readJsonBody(post(raw), 1024);
    expect(read).toEqual({ ok: true, value: { message: "Hola \uFFFD", tags: ["a"] }, bytes: Buffer.from(raw) });
  });

  it("reads invalid UTF-8 as U+FFFD rather than refusing the body", async () => {
    const read = await readJsonBody(post(new Uint8Array([0x22, 0xff, 0xfe, 0x22])), 1024);
    expect(read).toMatchObject({ ok: true, value: "\uFFFD\uFFFD" });
  });

  it("refuses JSON nested 5,000 deep with 400 saying how deep is allowed", async () => {
    const read = await readJsonBody(post("[".repeat(5000) + "]".repeat(5000)), 64 * 1024);
    expect(read).toEqual({ ok: false, status: 400, error: expect.stringMatching(/more than 32 levels deep/) });
  });
});
