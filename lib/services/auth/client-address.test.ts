import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("the client's address", () => {
  it("reads the socket address next start writes, IPv4 mapped into IPv6 or not", () => {
    expect(clientAddress("::ffff:127.0.0.1", false)).toBe("127.0.0.1");
    expect(clientAddress("2001:db8::7", false)).toBe("2001:db8::7");
    expect(clientAddress("203.0.113.9", false)).toBe("203.0.113.9");
  });

  it("does not believe a chain of addresses without a trusted proxy", () => {
    expect(clientAddress("198.51.100.1, 203.0.113.9", false)).toBe(UNKNOWN_ADDRESS);
  });

  it("takes the address the trusted proxy saw, not what the client wrote before it", () => {
    expect(clientAddress("198.51.100.1, 203.0.113.9", true)).toBe("203.0.113.9");
  });

  it("answers unknown for a missing or malformed header", () => {
    expect(clientAddress(null, true)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress("", false)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress("not-an-ip", true)).toBe(UNKNOWN_ADDRESS);
  });
});
