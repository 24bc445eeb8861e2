import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { queryRows } from "./rows";
import { describeEachDriver } from "./testing/each-driver";

const EXPECTED_TABLES = [
  "api_tokens", "appointments", "assignment_events", "assignments", "audit_log", "client_requests", "clients", "conflicts", "conversations", "corrective_actions",
  "escalation_notes", "escalations", "ghl_location_tokens", "handoffs", "interactions", "listings", "markets", "message_templates", "organizations", "outbound_messages",
  "performance_snapshots", "qualification_answers", "quality_findings", "role_permissions", "seat_markets", "seat_notices", "seat_skills", "seats", "service_vendors", "settings",
  "sign_in_throttle", "tasks", "thread_messages", "transactions", "user_sessions", "users",
];

/** Tables that belong to no single organization: the tenants, and sign-in counters keyed before anyone is known. */
const UNTENANTED = ["organizations", "sign_in_throttle"];

describeEachDriver("migrations", ({ db, database }) => {
  it("create every table of the domain model", async () => {
    const rows = await queryRows<{ table_name: string }>(db(), sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    expect(rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
  });

  it("carry organization_id on every table except the untenanted ones, and lead every primary key with it", async () => {
    const rows = await queryRows<{ table_name: string; first: string }>(db(), sql`
      select tc.table_name, (array_agg(kcu.column_name order by kcu.ordinal_position))[1] as first
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name
      where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
      group by tc.table_name order by tc.table_name`);
    for (const row of rows.filter((r) => !UNTENANTED.includes(r.table_name))) expect(`${row.table_name}.${row.first}`).toBe(`${row.table_name}.organization_id`);
  });

  it("are safe to apply again", async () => {
    await expect(migrateDatabase(database())).resolves.toBeUndefined();
  });
});
