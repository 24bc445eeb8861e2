import { DEMO_ACCOUNTS, DEMO_PASSWORDS, VIEWER } from "../lib/db/seed/accounts";

function account(role: string, index = 0) {
  const found = DEMO_ACCOUNTS.filter((a) => a.role === role)[index];
  if (!found) throw new Error(`the demo seed has no ${role} account #${index + 1}`);
  return found;
}

export const overseer = account("overseer");
export const member = account("agent");
export const otherMember = account("agent", 1);
/** Hannah, the read-only viewer. */
export const viewer = { email: VIEWER.email, password: DEMO_PASSWORDS.viewer, role: VIEWER.role, name: VIEWER.name };
