import { describe, expect, it } from "vitest";
import { describeDatabaseUrl } from "./client";
import { assertDatabaseReachable } from "./reachability";

describe("an unreachable database", () => {
  it("is reported with host, port and database, never the password", async () => {
    const error = await assertDatabaseReachable("postgres://jorge:topsecret@127.0.0.1:1/console").catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Cannot reach PostgreSQL at host 127\.0\.0\.1, port 1, database console/);
    expect((error as Error).message).not.toContain("topsecret");
  });

  it("describes URLs without credentials and explains an unparseable one", () => {
    expect(describeDatabaseUrl("postgres://u:p@db.example.com:6543/team")).toBe("host db.example.com, port 6543, database team");
    expect(describeDatabaseUrl("not a url")).toMatch(/unparseable DATABASE_URL/);
  });
});
