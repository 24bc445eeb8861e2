import { sql } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { getGhlLocationIds, locationTakenElsewhere, setGhlLocationIds } from "@/lib/db/queries/organizations";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { fail, ok, type Result } from "../result";

/** How many GoHighLevel locations (sub-accounts) one team may connect. */
export const MAX_GHL_LOCATIONS = 20;

/** GHL location ids are letters and digits (20 in GHL today); - and _ are allowed for ids other tools make up. */
export const locationIdSchema = z
  .string({ error: "Give the GoHighLevel location id" })
  .trim()
  .min(1, "Give the GoHighLevel location id (in GoHighLevel: Settings > Business Profile, or the id in the sub-account's address)")
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$/, "A location id is 3 to 64 letters or digits (- and _ allowed), such as ve9EPM428h8vShlRW1KT; copy it without spaces or the web address around it");

const input = z.object({ locationId: locationIdSchema });

/** Only the overseer connects locations; the organization row is locked so two changes never lose one another. */
async function change(db: Db, viewer: ViewerRecord, raw: unknown, apply: (tx: Tx, ids: string[], locationId: string) => Promise<Result<string[]>>): Promise<Result<{ locationIds: string[] }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change settings.");
  const parsed = input.safeParse(raw);
  // One field, so its message alone says what is wrong.
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Give the GoHighLevel location id");
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from organizations where id = ${viewer.organizationId} for update`);
    const next = await apply(tx, await getGhlLocationIds(tx, viewer.organizationId), parsed.data.locationId);
    if (!next.ok) return next;
    await setGhlLocationIds(tx, viewer.organizationId, next.data);
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "settings.updated", entityType: "setting", entityId: "ghl.locations", data: { locationId: parsed.data.locationId, locationIds: next.data } });
    return ok({ locationIds: next.data });
  });
}

/** Connects a GoHighLevel location: its webhooks then reach this team. A location belongs to one team only. */
export function addGhlLocation(db: Db, viewer: ViewerRecord, raw: unknown) {
  return change(db, viewer, raw, async (tx, ids, locationId) => {
    if (ids.includes(locationId)) return fail(409, `Location ${locationId} is already connected.`);
    if (ids.length >= MAX_GHL_LOCATIONS) return fail(400, `A team connects at most ${MAX_GHL_LOCATIONS} locations; remove one first.`);
    if (await locationTakenElsewhere(tx, viewer.organizationId, locationId)) return fail(409, `Location ${locationId} is connected to another team; remove it there first.`);
    return ok([...ids, locationId]);
  });
}

/** Disconnects a location: its webhooks are refused from then on, with the place in Settings to connect it again. */
export function removeGhlLocation(db: Db, viewer: ViewerRecord, raw: unknown) {
  return change(db, viewer, raw, async (_tx, ids, locationId) =>
    ids.includes(locationId) ? ok(ids.filter((id) => id !== locationId)) : fail(404, `Location ${locationId} is not connected, so there is nothing to remove.`),
  );
}
