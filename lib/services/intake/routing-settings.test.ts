import { beforeAll, expect, it } from "vitest";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { putSetting } from "@/lib/db/queries/organizations";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { updatePersonalHandling } from "../update-settings";
import { loadRoutingSettings, priorityOptionsOf } from "./routing-settings";

describeEachDriver("Jorge's personal-handling setting", ({ db }) => {
  let team: TeamFixture;
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
  });

  it("defaults to the luxury line and his tags until he changes it", async () => {
    const settings = await loadRoutingSettings(db(), team.organizationId);
    expect(settings.personalHandling).toEqual({ commissionThreshold: 72_000, tags: ["jorge", "jorge-personal", "vip"] });
    expect(priorityOptionsOf(settings)).toEqual({ personalHandlingCommission: 72_000, personalHandlingTags: ["jorge", "jorge-personal", "vip"] });
  });

  it("stores the line and a comma-separated list of tags, and routing reads them back", async () => {
    expect(await updatePersonalHandling(db(), jorge, { commissionThreshold: 90_000, tags: "Jorge, Past Client ,, vip" })).toEqual({ ok: true, data: { commissionThreshold: 90_000, tags: ["jorge", "past client", "vip"] } });
    expect((await loadRoutingSettings(db(), team.organizationId)).personalHandling).toEqual({ commissionThreshold: 90_000, tags: ["jorge", "past client", "vip"] });
  });

  it("refuses a team member and a bad line, saying what to fix, and keeps the stored value", async () => {
    expect(await updatePersonalHandling(db(), alice, { commissionThreshold: 50_000, tags: "" })).toMatchObject({ ok: false, status: 403 });
    expect(await updatePersonalHandling(db(), jorge, { commissionThreshold: 12.5, tags: "jorge" })).toEqual({ ok: false, status: 400, error: "commissionThreshold: must be a whole number of dollars from $1,000 to $1,000,000" });
    expect((await loadRoutingSettings(db(), team.organizationId)).personalHandling.commissionThreshold).toBe(90_000);
  });

  it("routes with the defaults when the stored value cannot be read", async () => {
    await putSetting(db(), team.organizationId, SETTING_KEYS.personalHandling, { commissionThreshold: "a lot" }, "test");
    expect((await loadRoutingSettings(db(), team.organizationId)).personalHandling.commissionThreshold).toBe(72_000);
  });
});
