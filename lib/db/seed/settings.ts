import { DEFAULT_ROLE_PERMISSIONS } from "../../domain/auth/permissions";
import { USER_ROLES, type Severity } from "../../domain/team/vocabulary";
import { addDays, ORGANIZATION_AGE_DAYS } from "./dates";
import type { SeedContext } from "./types";

/** How the router weighs the five factors of a seat's score. */
export const ROUTING_WEIGHTS = { expertise: 0.3, workload: 0.2, successRate: 0.2, preferenceFit: 0.15, commission: 0.15 } as const;

/** Seconds an offer waits for an answer before it falls back. */
export const OFFER_TIMEOUT_SECONDS = { hot: 120, default: 900 } as const;

/** Minutes to acknowledge and to resolve an escalation, per severity. */
export const ESCALATION_SLA: Record<Severity, { ackMinutes: number; resolveMinutes: number }> = {
  critical: { ackMinutes: 15, resolveMinutes: 240 },
  high: { ackMinutes: 60, resolveMinutes: 1440 },
  medium: { ackMinutes: 240, resolveMinutes: 2880 },
  low: { ackMinutes: 1440, resolveMinutes: 10080 },
};

/** How often one client may be handed between seats. */
export const HANDOFF_LIMITS = { samePairMinutes: 30, perHour: 3, perDay: 10 } as const;

/** Jorge's follow-up cadence: days after the first contact, then every 14 days, inside local business hours. */
export const FOLLOW_UP_CADENCE = {
  days: [2, 5, 8, 11, 14, 17, 20, 23, 26, 29],
  thenEveryDays: 14,
  maxAttempts: 10,
  windowStart: "09:00",
  windowEnd: "18:00",
} as const;

/** The organization row, its settings and role permissions. */
export function buildOrganization(ctx: SeedContext): void {
  const createdAt = addDays(ctx.asOf, -ORGANIZATION_AGE_DAYS);
  ctx.data.organizations.push({ id: ctx.orgId, name: "Jorge Salas Real Estate", slug: "jorge-salas", ghlLocationIds: ["loc_jorge_rc"], createdAt });
  for (const role of USER_ROLES) {
    for (const permission of DEFAULT_ROLE_PERMISSIONS[role]) ctx.data.rolePermissions.push({ organizationId: ctx.orgId, role, permission });
  }
  const values: Record<string, unknown> = {
    "routing.weights": ROUTING_WEIGHTS,
    "offers.timeoutSeconds": OFFER_TIMEOUT_SECONDS,
    "escalations.sla": ESCALATION_SLA,
    "handoffs.limits": HANDOFF_LIMITS,
    "followUp.cadence": FOLLOW_UP_CADENCE,
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
