import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { verifyCredentials } from "./verify-credentials";

describeEachDriver("signing in", ({ db }) => {
  let team: TeamFixture;
  beforeAll(async () => {
    team = await createTeamFixture(db());
  });

  it("accepts the right password, whatever the email's case and spacing", async () => {
    const user = await verifyCredentials(db(), { email: `  ${team.alice.email.toUpperCase()} `, password: team.password });
    expect(user).toMatchObject({ id: team.alice.id, organizationId: team.organizationId, role: "agent" });
  });

  it("refuses a wrong password, an unknown email and malformed input alike", async () => {
    expect(await verifyCredentials(db(), { email: team.alice.email, password: "wrong" })).toBeNull();
    expect(await verifyCredentials(db(), { email: "nobody@example.com", password: team.password })).toBeNull();
    expect(await verifyCredentials(db(), { email: "not-an-email", password: team.password })).toBeNull();
    expect(await verifyCredentials(db(), null)).toBeNull();
  });

  it("refuses a disabled account", async () => {
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, team.bob.id));
    expect(await verifyCredentials(db(), { email: team.bob.email, password: team.password })).toBeNull();
  });
});
