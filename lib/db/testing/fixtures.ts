import bcrypt from "bcryptjs";
import type { Db } from "../client";
import { clients, markets, organizations, rolePermissions, seats, users } from "../schema";
import { DEFAULT_ROLE_PERMISSIONS } from "../../domain/auth/permissions";
import { USER_ROLES } from "../../domain/team/vocabulary";

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A small organization for data tests: one market, an overseer, two team members with seats. */
export async function createTeamFixture(db: Db, password = "correct horse battery") {
  const n = next();
  const [org] = await db.insert(organizations).values({ name: `Test team ${n}`, slug: `test-${n}` }).returning();
  const organizationId = org!.id;
  await db.insert(rolePermissions).values(USER_ROLES.flatMap((role) => DEFAULT_ROLE_PERMISSIONS[role].map((permission) => ({ organizationId, role, permission }))));
  const [market] = await db
    .insert(markets)
    .values({ organizationId, name: "Rancho Cucamonga", slug: "rancho-cucamonga", type: "primary", zipCodes: ["91701", "91730"], county: "San Bernardino", latitude: 34.12, longitude: -117.59, medianPrice: 850_000 })
    .returning();
  const passwordHash = await bcrypt.hash(password, 4);
  const [overseer, alice, bob] = await db
    .insert(users)
    .values([
      { organizationId, email: `jorge-${n}@example.com`, name: "Jorge Salas", role: "overseer", passwordHash },
      { organizationId, email: `alice-${n}@example.com`, name: "Alice Agent", role: "agent", passwordHash },
      { organizationId, email: `bob-${n}@example.com`, name: "Bob Agent", role: "agent", passwordHash },
    ])
    .returning();
  const [aliceSeat, bobSeat] = await db
    .insert(seats)
    .values([
      { organizationId, name: "Alice Agent", kind: "human", role: "buyer_specialist", capacity: 10, userId: alice!.id },
      { organizationId, name: "Bob Agent", kind: "human", role: "listing_specialist", capacity: 10, userId: bob!.id },
    ])
    .returning();
  const [aliceClient, bobClient] = await db
    .insert(clients)
    .values([
      { organizationId, firstName: "Carmen", lastName: "Buyer", email: "carmen@example.com", type: "buyer", pipeline: "buyer", marketId: market!.id, ownerSeatId: aliceSeat!.id },
      { organizationId, firstName: "Sam", lastName: "Seller", phone: "+19095550100", type: "seller", pipeline: "seller", marketId: market!.id, ownerSeatId: bobSeat!.id },
    ])
    .returning();
  return { organizationId, market: market!, overseer: overseer!, alice: alice!, bob: bob!, aliceSeat: aliceSeat!, bobSeat: bobSeat!, aliceClient: aliceClient!, bobClient: bobClient!, password };
}

export type TeamFixture = Awaited<ReturnType<typeof createTeamFixture>>;
