import { SEAT_ROLES, SUPPORT_ROLES, type SeatRole } from "@/lib/domain/team/vocabulary";

/** A heading on the team board and the seat roles gathered under it. */
export interface RoleGroup {
  key: SeatRole | "support";
  title: string;
  roles: readonly SeatRole[];
}

const TITLES: Partial<Record<SeatRole, string>> = {
  overseer: "Overseer",
  listing_specialist: "Listing specialists",
  buyer_specialist: "Buyer specialists",
  market_analyst: "Market analysts",
  negotiation_expert: "Negotiation experts",
  transaction_coordinator: "Transaction coordinators",
  geographic: "Geographic agents",
};

const SUPPORT = new Set<SeatRole>(SUPPORT_ROLES);

/** The board's groups in the order Jorge reads his team: overseer, specialists, geographic, support. */
export const ROLE_GROUPS: readonly RoleGroup[] = [
  ...SEAT_ROLES.filter((role) => !SUPPORT.has(role)).map((role) => ({ key: role, title: TITLES[role] ?? role, roles: [role] })),
  { key: "support", title: "Support", roles: SUPPORT_ROLES },
];

/** True when a seat of this role is shown under the group. */
export function inGroup(group: RoleGroup, role: string): boolean {
  return group.roles.some((r) => r === role);
}
