import bcrypt from "bcryptjs";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { newPasswordProblem } from "@/lib/domain/auth/password-rules";
import { ORGANIZATION_SLUG } from "@/lib/domain/setup/organization-defaults";
import type { Db, Tx } from "@/lib/db/client";
import { findOrganizationBySlug } from "@/lib/db/queries/organizations";
import { users } from "@/lib/db/schema";
import { DEMO_PASSWORDS } from "@/lib/db/seed/accounts";
import { PASSWORD_COST } from "@/lib/db/seed/insert";
import { fail, type Result } from "../result";

/** Who the audit trail names for what the overseer command writes. */
export const OVERSEER_COMMAND_ACTOR = "overseer-command";

export const overseerEmailSchema = z.string().trim().toLowerCase().email("Enter the overseer's email address, like name@example.com").max(254, "An email address is at most 254 characters");

/**
 * Checks the password against the overseer rules and hashes it with bcrypt. Returns the hash,
 * or a 400 that says which rule the password broke (never the password itself).
 */
async function hashOverseerPassword(password: string, email: string): Promise<Result<string>> {
  const problem = newPasswordProblem(password, { email, published: Object.values(DEMO_PASSWORDS) });
  if (problem) return fail(400, problem);
  return { ok: true, data: await bcrypt.hash(password, PASSWORD_COST) };
}

/**
 * Inside the caller's transaction: finds the team's organization and takes its overseer lock,
 * so two runs of the command cannot both create an overseer. Fails when no organization exists.
 */
async function lockOrganization(tx: Tx): Promise<Result<{ id: string; name: string }>> {
  const org = await findOrganizationBySlug(tx, ORGANIZATION_SLUG);
  if (!org) return fail(409, "This database has no organization yet: run npm run db:setup (or npm start) first, then run this command again.");
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`overseer:${org.id}`}))`);
  return { ok: true, data: org };
}

/** The organization's overseers who can sign in. */
function activeOverseers(tx: Tx, organizationId: string) {
  return tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.role, "overseer"), isNull(users.disabledAt)));
}

/** What a step of the overseer command works with, inside its transaction. */
export interface OverseerStep {
  tx: Tx;
  organization: { id: string; name: string };
  overseers: Awaited<ReturnType<typeof activeOverseers>>;
  passwordHash: string;
}

/**
 * The common part of creating and resetting the overseer: checks and hashes the password, then,
 * in one transaction holding the organization's overseer lock, hands the step the organization
 * and its active overseers. Nothing is written when any part refuses.
 */
export async function overseerStep<T>(db: Db, email: string, password: string, step: (context: OverseerStep) => Promise<Result<T>>): Promise<Result<T>> {
  const hash = await hashOverseerPassword(password, email);
  if (!hash.ok) return hash;
  return db.transaction(async (tx) => {
    const organization = await lockOrganization(tx);
    if (!organization.ok) return organization;
    return step({ tx, organization: organization.data, overseers: await activeOverseers(tx, organization.data.id), passwordHash: hash.data });
  });
}
