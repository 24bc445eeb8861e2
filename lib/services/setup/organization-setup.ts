import { sql } from "drizzle-orm";
import { z } from "zod";
import { DEFAULT_ORGANIZATION_NAME, ORGANIZATION_SLUG, defaultRolePermissions, defaultSettingValues } from "@/lib/domain/setup/organization-defaults";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { findOrganizationBySlug } from "@/lib/db/queries/organizations";
import { markets, organizations, rolePermissions, settings } from "@/lib/db/schema";
import { ORGANIZATION_SETUP_LOCK } from "@/lib/db/seed";
import { describeIssues, fail, ok, type Result } from "../result";
import { defaultMarketRows } from "./market-rows";

/** Who the audit trail names for rows the setup writes. */
const SETUP_ACTOR = "setup";

const nameSchema = z.string().trim().min(1, "The organization name is empty").max(120, "The organization name must be at most 120 characters");

export interface OrganizationSetup {
  /** False when the organization already existed and nothing was written. */
  created: boolean;
  organizationId: string;
  name: string;
}

/**
 * Creates the team's organization on a database that has none: its role permissions, its
 * default settings and its markets, with an audit entry, in one transaction. No users, clients
 * or other rows. Safe at every start and across concurrent starts: an advisory lock (the one the
 * demo seed takes) lets one start create it while the others find it made.
 */
export async function setUpOrganization(db: Db, input: { name?: string } = {}): Promise<Result<OrganizationSetup>> {
  const parsed = nameSchema.safeParse(input.name?.trim() ? input.name : DEFAULT_ORGANIZATION_NAME);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const existing = await findOrganizationBySlug(db, ORGANIZATION_SLUG);
  if (existing) return ok({ created: false, organizationId: existing.id, name: existing.name });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ORGANIZATION_SETUP_LOCK})`);
    const made = await findOrganizationBySlug(tx, ORGANIZATION_SLUG);
    if (made) return ok({ created: false, organizationId: made.id, name: made.name });
    const [org] = await tx.insert(organizations).values({ name: parsed.data, slug: ORGANIZATION_SLUG }).returning({ id: organizations.id });
    const organizationId = org!.id;
    await tx.insert(rolePermissions).values(defaultRolePermissions().map((row) => ({ organizationId, ...row })));
    const values = Object.entries(defaultSettingValues());
    await tx.insert(settings).values(values.map(([key, value]) => ({ organizationId, key, value, updatedBy: SETUP_ACTOR })));
    const marketRows = defaultMarketRows(organizationId);
    await tx.insert(markets).values(marketRows);
    await recordAudit(tx, {
      organizationId, actorType: "system", actorId: SETUP_ACTOR, action: "organization.created", entityType: "organization", entityId: organizationId,
      data: { name: parsed.data, slug: ORGANIZATION_SLUG, markets: marketRows.map((m) => m.slug) },
    });
    await recordAudit(tx, { organizationId, actorType: "system", actorId: SETUP_ACTOR, action: "settings.initialized", entityType: "settings", data: { keys: values.map(([key]) => key) } });
    return ok({ created: true, organizationId, name: parsed.data });
  });
}
