import { sql, type SQL } from "drizzle-orm";
import { foreignKey, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/** The tenant key every table carries; it leads every primary, unique and foreign key. */
export const organizationId = () => uuid("organization_id").notNull();

/** A row id that PostgreSQL fills in when the caller does not choose one. */
export const id = () => uuid("id").notNull().defaultRandom();

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const at = (name: string) => timestamp(name, { withTimezone: true });

/** A check that a column holds one of a closed set of words. */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
  return sql`${column} in (${sql.raw(list)})`;
}

/** A foreign key that carries the organization, so a row can only point inside its own tenant. */
export function orgRef(name: string, local: AnyPgColumn, target: { organizationId: AnyPgColumn; id: AnyPgColumn }, localOrg: AnyPgColumn) {
  return foreignKey({ name, columns: [localOrg, local], foreignColumns: [target.organizationId, target.id] });
}
