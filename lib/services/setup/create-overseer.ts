import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { markets, seatMarkets, seats, users } from "@/lib/db/schema";
import { JORGE } from "@/lib/db/seed/accounts";
import { describeIssues, fail, ok, type Result } from "../result";
import { OVERSEER_COMMAND_ACTOR, overseerEmailSchema, overseerStep } from "./overseer-account";

/** Languages the overseer's seat speaks unless told otherwise. */
export const DEFAULT_OVERSEER_LANGUAGES = ["en", "es"] as const;

const inputSchema = z.object({
  email: overseerEmailSchema,
  name: z.string().trim().min(1, "Give the overseer's name").max(120, "A name is at most 120 characters"),
  languages: z
    .array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, "Languages are ISO 639 codes such as en, es or zh"))
    .min(1, "Give at least one language")
    .max(10, "Give at most 10 languages")
    .default([...DEFAULT_OVERSEER_LANGUAGES])
    .transform((list) => [...new Set(list)]),
});

export interface CreatedOverseer {
  userId: string;
  seatId: string;
  email: string;
  name: string;
  languages: string[];
  markets: number;
}

/**
 * Creates the organization's overseer: the user (bcrypt hash of the password), and a seat with
 * role overseer covering every market, audited, in one transaction. Refuses, writing nothing,
 * when the input or password is not good enough, when an active overseer exists already, or when
 * the email belongs to another user.
 */
export async function createOverseer(db: Db, input: { email: unknown; name: unknown; password: string; languages?: unknown }): Promise<Result<CreatedOverseer>> {
  const parsed = inputSchema.safeParse({ email: input.email, name: input.name, languages: input.languages });
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { email, name, languages } = parsed.data;
  return overseerStep(db, email, input.password, async ({ tx, organization: org, overseers: current, passwordHash }) => {
    const organizationId = org.id;
    if (current.length > 0) {
      return fail(409, `${org.name} already has an active overseer (${current.map((o) => o.email).join(", ")}). To set a new password for that overseer, run the command again with --reset-password and that email.`);
    }
    const [taken] = await tx.select({ role: users.role }).from(users).where(and(eq(users.organizationId, organizationId), sql`lower(${users.email}) = ${email}`)).limit(1);
    if (taken) return fail(409, `${email} already belongs to a user of ${org.name} (role ${taken.role}); use another email.`);
    const [user] = await tx.insert(users).values({ organizationId, email, name, role: "overseer", passwordHash }).returning({ id: users.id });
    const [seat] = await tx
      .insert(seats)
      .values({ organizationId, name, kind: "human", role: "overseer", languages, capacity: JORGE.seat!.capacity, presence: "available", userId: user!.id })
      .returning({ id: seats.id });
    const marketIds = (await tx.select({ id: markets.id }).from(markets).where(eq(markets.organizationId, organizationId))).map((m) => m.id);
    if (marketIds.length > 0) await tx.insert(seatMarkets).values(marketIds.map((marketId) => ({ organizationId, seatId: seat!.id, marketId })));
    await recordAudit(tx, { organizationId, actorType: "system", actorId: OVERSEER_COMMAND_ACTOR, action: "user.created", entityType: "user", entityId: user!.id, data: { email, role: "overseer" } });
    await recordAudit(tx, { organizationId, actorType: "system", actorId: OVERSEER_COMMAND_ACTOR, action: "seat.created", entityType: "seat", entityId: seat!.id, data: { role: "overseer", languages, markets: marketIds.length } });
    return ok({ userId: user!.id, seatId: seat!.id, email, name, languages, markets: marketIds.length });
  });
}
