import type { UserRole } from "../team/vocabulary";

/** Every action a signed-in person can be allowed; stored per role in role_permissions. */
export const PERMISSIONS = [
  "clients.read_all",
  "clients.read_own",
  "clients.write_own",
  "clients.write_all",
  "team.read",
  "team.manage",
  "requests.create",
  "escalations.manage",
  "settings.manage",
  "reports.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The permissions a new organization starts with; the overseer can change them later. */
export const DEFAULT_ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  overseer: PERMISSIONS,
  agent: ["clients.read_own", "clients.write_own", "team.read"],
  viewer: ["clients.read_all", "team.read", "reports.read"],
};

/** True when the granted set includes the permission asked for. */
export function can(granted: readonly string[], permission: Permission): boolean {
  return granted.includes(permission);
}

