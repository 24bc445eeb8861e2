import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { auditLog, correctiveActions, seats } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createTeamFixture, type TeamFixture } from "@/lib/db/testing/fixtures";
import { followUpCorrectiveAction } from "./follow-up-action";
import { recordCorrectiveAction } from "./record-action";
import { resumeSeat } from "./resume-seat";

const now = new Date("2026-12-01T18:00:00Z");
const later = new Date("2026-12-15T18:00:00Z");

describeEachDriver("corrective actions on a seat's quality", ({ db }) => {
  let team: TeamFixture;
  let jorge: ViewerRecord;
  let alice: ViewerRecord;
  beforeAll(async () => {
    team = await createTeamFixture(db());
    jorge = (await getViewerRecord(db(), team.organizationId, team.overseer.id))!;
    alice = (await getViewerRecord(db(), team.organizationId, team.alice.id))!;
  });
  const actionsOf = (seatId: string) => db().select().from(correctiveActions).where(eq(correctiveActions.seatId, seatId));
  const pausedAt = async (seatId: string) => (await db().select({ at: seats.pausedAt }).from(seats).where(eq(seats.id, seatId)))[0]!.at;
  const audits = async (action: string) => db().select().from(auditLog).where(and(eq(auditLog.organizationId, team.organizationId), eq(auditLog.action, action)));

  it("records a coaching note with its rule and follow-up date, and its audit entry", async () => {
    const r = await recordCorrectiveAction(db(), jorge, { seatId: team.aliceSeat.id, kind: "coaching_note", rule: "fair_housing", note: " Describe the home, not who should live there ", followUpInDays: "7" }, now);
    expect(r.ok).toBe(true);
    const [row] = await actionsOf(team.aliceSeat.id);
    expect(row).toMatchObject({ kind: "coaching_note", rule: "fair_housing", note: "Describe the home, not who should live there", templateKey: null, createdByUserId: team.overseer.id, followUpAt: new Date("2026-12-08T18:00:00Z") });
    expect((await audits("quality.action_recorded")).map((a) => a.entityId)).toEqual([row!.id]);
  });

  it("pauses a seat once, refuses a second pause, and resumes it", async () => {
    expect(await recordCorrectiveAction(db(), jorge, { seatId: team.bobSeat.id, kind: "seat_paused", note: "Two blocked messages today" }, now)).toMatchObject({ ok: true });
    expect(await pausedAt(team.bobSeat.id)).toEqual(now);
    expect(await recordCorrectiveAction(db(), jorge, { seatId: team.bobSeat.id, kind: "seat_paused", note: "again" }, now)).toMatchObject({ ok: false, status: 409, error: "Bob Agent is already paused; resume it before pausing it again." });
    expect((await actionsOf(team.bobSeat.id)).length).toBe(1);
    expect(await resumeSeat(db(), jorge, { seatId: team.bobSeat.id }, later)).toMatchObject({ ok: true });
    expect(await pausedAt(team.bobSeat.id)).toBeNull();
    expect(await resumeSeat(db(), jorge, { seatId: team.bobSeat.id }, later)).toMatchObject({ ok: false, status: 409 });
    expect((await audits("quality.seat_resumed")).length).toBe(1);
  });

  it("follows an action up once, with its outcome and note", async () => {
    const [row] = await actionsOf(team.aliceSeat.id);
    expect(await followUpCorrectiveAction(db(), jorge, { actionId: row!.id, outcome: "improved", note: "No more familial-status wording" }, later)).toMatchObject({ ok: true, data: { seatId: team.aliceSeat.id } });
    expect((await actionsOf(team.aliceSeat.id))[0]).toMatchObject({ followedUpAt: later, outcome: "improved", followUpNote: "No more familial-status wording" });
    expect(await followUpCorrectiveAction(db(), jorge, { actionId: row!.id, outcome: "resolved" }, later)).toMatchObject({ ok: false, status: 409 });
  });

  it("refuses a team member, a template change without its key, a bad outcome and a seat of no team, writing nothing", async () => {
    const before = (await actionsOf(team.aliceSeat.id)).length;
    expect(await recordCorrectiveAction(db(), alice, { seatId: team.aliceSeat.id, kind: "coaching_note", note: "self" }, now)).toMatchObject({ ok: false, status: 403 });
    expect(await resumeSeat(db(), alice, { seatId: team.aliceSeat.id }, now)).toMatchObject({ ok: false, status: 403 });
    expect(await recordCorrectiveAction(db(), jorge, { seatId: team.aliceSeat.id, kind: "template_change", note: "New intro" }, now)).toMatchObject({ ok: false, status: 400, error: "templateKey: A template change names the template key it changed, such as seller.intro" });
    expect(await recordCorrectiveAction(db(), jorge, { seatId: team.aliceSeat.id, kind: "coaching_note", note: "x", followUpInDays: 91 }, now)).toMatchObject({ ok: false, status: 400, error: `followUpInDays: the follow-up is a whole number of days from 1 to 90` });
    expect(await recordCorrectiveAction(db(), jorge, { seatId: "00000000-0000-4000-8000-000000000000", kind: "coaching_note", note: "x" }, now)).toMatchObject({ ok: false, status: 404 });
    expect(await followUpCorrectiveAction(db(), jorge, { actionId: "00000000-0000-4000-8000-000000000000", outcome: "better" }, now)).toMatchObject({ ok: false, status: 400 });
    expect((await actionsOf(team.aliceSeat.id)).length).toBe(before);
  });

  it("records a template change naming its template", async () => {
    expect(await recordCorrectiveAction(db(), jorge, { seatId: team.aliceSeat.id, kind: "template_change", note: "Friendlier intro", templateKey: "seller.intro" }, now)).toMatchObject({ ok: true });
    expect((await actionsOf(team.aliceSeat.id)).map((a) => a.templateKey)).toContain("seller.intro");
  });
});
