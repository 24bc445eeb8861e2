import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { fieldKey, MAPPED_FACT_LABELS, MAPPED_FACTS, type FieldMapping, type MappedFact } from "@/lib/domain/intake/custom-fields";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { putSetting } from "@/lib/db/queries/organizations";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { fail, ok, type Result } from "../result";

const MAX_NAMES = 20;

/** One fact's field names: a comma-separated list or an array; blanks dropped, each name kept once. */
const names = z
  .union([z.string().max(2000), z.array(z.string().max(200)).max(100)], { error: "must be a list of custom field names or ids" })
  .transform((v) => (typeof v === "string" ? v.split(",") : v).map((n) => n.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(100, "a field name is at most 100 characters").refine((n) => fieldKey(n) !== "", "a field name needs a letter or digit")).max(MAX_NAMES, `list at most ${MAX_NAMES} names`))
  .transform((list) => list.filter((n, i) => list.findIndex((m) => fieldKey(m) === fieldKey(n)) === i));

const mappingSchema = z
  .strictObject(Object.fromEntries(MAPPED_FACTS.map((fact) => [fact, names])) as Record<MappedFact, typeof names>)
  .superRefine((mapping, ctx) => {
    const owner = new Map<string, MappedFact>();
    for (const fact of MAPPED_FACTS) {
      for (const name of mapping[fact]) {
        const first = owner.get(fieldKey(name));
        if (first) ctx.addIssue({ code: "custom", path: [fact], message: `"${name}" already feeds ${MAPPED_FACT_LABELS[first]}; give each custom field to one fact` });
        else owner.set(fieldKey(name), fact);
      }
    }
  });

/**
 * Which GoHighLevel custom fields feed which client fact, for every fact at once. Names are
 * compared without case, spaces or punctuation, so one field may not feed two facts; an empty
 * list means the fact is not read from custom fields.
 */
export async function updateGhlFieldMapping(db: Db, viewer: ViewerRecord, input: unknown): Promise<Result<FieldMapping>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change settings.");
  const parsed = mappingSchema.safeParse(input);
  if (!parsed.success) return fail(400, parsed.error.issues.map((i) => `${MAPPED_FACT_LABELS[i.path[0] as MappedFact] ?? "Mapping"}: ${i.message}`).join("; "));
  return db.transaction(async (tx) => {
    await putSetting(tx, viewer.organizationId, SETTING_KEYS.ghlFieldMapping, parsed.data, viewer.email);
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "settings.updated", entityType: "setting", entityId: SETTING_KEYS.ghlFieldMapping, data: { key: SETTING_KEYS.ghlFieldMapping } });
    return ok(parsed.data);
  });
}
