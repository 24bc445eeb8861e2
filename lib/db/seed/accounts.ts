import type { Presence, SeatRole, UserRole } from "../../domain/team/vocabulary";

/** The readable passwords of the demo sign-ins. */
export const DEMO_PASSWORDS = { overseer: "jorge-demo-2026", agent: "team-demo-2026", viewer: "viewer-demo-2026" } as const;

/** How a person's or an AI agent's seat is set up. */
export interface SeatPlan {
  role: SeatRole;
  languages: readonly string[];
  capacity: number;
  presence: Presence;
  /** Market slugs the seat covers; "all" for every market. */
  markets: readonly string[] | "all";
  bio: string;
}

/** A user account to create, with its seat when the person works clients. */
export interface PersonPlan {
  name: string;
  email: string;
  role: UserRole;
  seat: SeatPlan | null;
}

/** Jorge, the overseer, with his own seat. */
export const JORGE: PersonPlan = {
  name: "Jorge Salas", email: "jorge@salas.example", role: "overseer",
  seat: { role: "overseer", languages: ["en", "es"], capacity: 25, presence: "available", markets: "all", bio: "Broker-owner. Takes clients tagged for him and every escalation." },
};

/** The eight human team members, in the order their accounts are created. */
export const TEAM_MEMBERS: readonly PersonPlan[] = [
  { name: "Daniel Okafor", email: "daniel@salas.example", role: "agent", seat: { role: "buyer_specialist", languages: ["en"], capacity: 25, presence: "available", markets: ["rancho-cucamonga", "upland-ontario"], bio: "Buyer specialist; first-time buyers and VA loans." } },
  { name: "Maria Guadalupe Fernandez-Villanueva", email: "maria@salas.example", role: "agent", seat: { role: "listing_specialist", languages: ["en", "es"], capacity: 22, presence: "available", markets: ["rancho-cucamonga", "fontana"], bio: "Listing specialist; Spanish-speaking sellers and pricing consultations." } },
  { name: "Kevin Nguyen", email: "kevin@salas.example", role: "agent", seat: { role: "buyer_specialist", languages: ["en", "vi"], capacity: 20, presence: "available", markets: ["fontana", "eastvale", "upland-ontario"], bio: "Buyer specialist; investors and new construction." } },
  { name: "Priya Raman", email: "priya@salas.example", role: "agent", seat: { role: "transaction_coordinator", languages: ["en"], capacity: 30, presence: "available", markets: "all", bio: "Transaction coordinator; keeps every contract deadline." } },
  { name: "Marcus Johnson", email: "marcus@salas.example", role: "agent", seat: { role: "negotiation_expert", languages: ["en"], capacity: 18, presence: "away", markets: ["rancho-cucamonga", "chino-hills"], bio: "Negotiation expert; multiple-offer situations and repair requests." } },
  { name: "Sofia Ramirez", email: "sofia@salas.example", role: "agent", seat: { role: "listing_specialist", languages: ["en", "es"], capacity: 24, presence: "available", markets: ["upland-ontario", "eastvale"], bio: "Listing specialist; staging and listing launch." } },
  { name: "Emily Chen", email: "emily@salas.example", role: "agent", seat: { role: "buyer_specialist", languages: ["en", "zh"], capacity: 20, presence: "available", markets: ["chino-hills", "eastvale", "rancho-cucamonga"], bio: "Buyer specialist; luxury buyers and relocation." } },
  { name: "Tomás Herrera", email: "tomas@salas.example", role: "agent", seat: { role: "transaction_coordinator", languages: ["en", "es"], capacity: 15, presence: "vacation", markets: ["rancho-cucamonga", "fontana"], bio: "Transaction coordinator; escrow and lender follow-through." } },
];

/** A read-only account for reports. */
export const VIEWER: PersonPlan = { name: "Hannah Brooks", email: "hannah@salas.example", role: "viewer", seat: null };

export interface DemoAccount {
  email: string;
  password: string;
  role: UserRole;
  name: string;
}

/** Sign-ins to show on a demo login page: Jorge and the first two team members. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [JORGE, TEAM_MEMBERS[0]!, TEAM_MEMBERS[1]!].map((p) => ({
  email: p.email,
  password: p.role === "overseer" ? DEMO_PASSWORDS.overseer : DEMO_PASSWORDS.agent,
  role: p.role,
  name: p.name,
}));
