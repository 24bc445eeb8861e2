import bcrypt from "bcryptjs";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { findUsersByEmail } from "@/lib/db/queries/users";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address like name@example.com").max(254),
  password: z.string().min(1, "Enter your password").max(200, "Passwords are at most 200 characters"),
});

// A real hash to compare against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = "$2b$10$MUchXW/rbaD.FOL0JrDJBuz6WxIOJISsUd/ccZczbh11NGbDdPjq2";

export interface VerifiedUser {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  role: string;
}

/** Checks an email and password; returns the user, or null for any mismatch (never says which). */
export async function verifyCredentials(db: Db, input: unknown): Promise<VerifiedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const candidates = await findUsersByEmail(db, parsed.data.email);
  if (candidates.length === 0) {
    await bcrypt.compare(parsed.data.password, DUMMY_HASH);
    return null;
  }
  for (const user of candidates) {
    if (await bcrypt.compare(parsed.data.password, user.passwordHash)) {
      return { id: user.id, organizationId: user.organizationId, name: user.name, email: user.email, role: user.role };
    }
  }
  return null;
}
