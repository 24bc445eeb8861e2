import { DEFAULT_ROLE_PERMISSIONS } from "../../domain/auth/permissions";
import { DEFAULT_WEIGHTS } from "../../domain/routing/weights";
import { ESCALATION_SLA, FOLLOW_UP_CADENCE, HANDOFF_LIMITS, OFFER_TIMEOUT_SECONDS, SETTING_KEYS } from "../../domain/settings/defaults";
import { USER_ROLES } from "../../domain/team/vocabulary";
import { addDays, ORGANIZATION_AGE_DAYS } from "./dates";
import type { SeedContext } from "./types";

/** The organization row, its settings and role permissions. */
export function buildOrganization(ctx: SeedContext): void {
  const createdAt = addDays(ctx.asOf, -ORGANIZATION_AGE_DAYS);
  ctx.data.organizations.push({ id: ctx.orgId, name: "Jorge Salas Real Estate", slug: "jorge-salas", ghlLocationIds: ["loc_jorge_rc"], createdAt });
  for (const role of USER_ROLES) {
    for (const permission of DEFAULT_ROLE_PERMISSIONS[role]) ctx.data.rolePermissions.push({ organizationId: ctx.orgId, role, permission });
  }
  const values: Record<string, unknown> = {
    [SETTING_KEYS.routingWeights]: DEFAULT_WEIGHTS,
    [SETTING_KEYS.offerTimeouts]: OFFER_TIMEOUT_SECONDS,
    [SETTING_KEYS.escalationSla]: ESCALATION_SLA,
    [SETTING_KEYS.handoffLimits]: HANDOFF_LIMITS,
    [SETTING_KEYS.followUpCadence]: FOLLOW_UP_CADENCE,
  };
  for (const [key, value] of Object.entries(values)) {
    ctx.data.settings.push({ organizationId: ctx.orgId, key, value: structuredClone(value), updatedAt: createdAt, updatedBy: "seed" });
  }
}

/** A few audit entries that record the seed itself. */
export function buildAudit(ctx: SeedContext): void {
  const rng = ctx.rng("audit");
  const entry = (action: string, entityType: string, entityId: string | null, data: Record<string, unknown>, daysBack: number) =>
    ctx.data.auditLog.push({
      organizationId: ctx.orgId, id: rng.uuid(), at: addDays(ctx.asOf, -daysBack), actorType: "system", actorId: "seed",
      action, entityType, entityId, data,
    });
  entry("organization.created", "organization", ctx.orgId, { name: "Jorge Salas Real Estate", slug: "jorge-salas" }, ORGANIZATION_AGE_DAYS);
  entry("settings.initialized", "settings", null, { keys: ctx.data.settings.map((s) => s.key) }, ORGANIZATION_AGE_DAYS);
  entry("team.seeded", "seat", null, { seats: ctx.data.seats.length, users: ctx.data.users.length }, 0);
  entry("seed.generated", "organization", ctx.orgId, {
    seed: ctx.seed, asOf: ctx.asOf.toISOString(), clients: ctx.data.clients.length, interactions: ctx.data.interactions.length, listings: ctx.data.listings.length,
  }, 0);
}
