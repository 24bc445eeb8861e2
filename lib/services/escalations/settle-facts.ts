import { and, eq, inArray, sql } from "drizzle-orm";
import { parseDeadlineKey } from "@/lib/domain/escalation/cause-key";
import type { SettleFacts } from "@/lib/domain/escalation/settled";
import type { Tx } from "@/lib/db/client";
import { assignments, clients, escalations, seats, tasks, transactions } from "@/lib/db/schema";

type EscalationRow = typeof escalations.$inferSelect;

/** Each client's name and accepted lead (seat name, and whether it is Jorge's overseer seat). */
async function clientsAndLeads(tx: Tx, organizationId: string, clientIds: string[]) {
  const [names, leads] = await Promise.all([
    tx.select({ id: clients.id, first: clients.firstName }).from(clients).where(and(eq(clients.organizationId, organizationId), inArray(clients.id, clientIds))),
    tx
      .select({ clientId: assignments.clientId, seatName: seats.name, role: seats.role })
      .from(assignments)
      .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
      .where(and(eq(assignments.organizationId, organizationId), inArray(assignments.clientId, clientIds), eq(assignments.teamRole, "lead"), eq(assignments.state, "accepted"))),
  ]);
  return { names: new Map(names.map((n) => [n.id, n.first])), leads: new Map(leads.map((l) => [l.clientId, { seatName: l.seatName, overseer: l.role === "overseer" }])) };
}

/**
 * What is true now about a deadline an escalation is about: its transaction's status, the
 * client's deadline tasks due that local day (or the task its evidence names, for older rows),
 * and whether a contract date of the transaction still falls on that day.
 */
async function deadlineFacts(tx: Tx, e: EscalationRow): Promise<Pick<SettleFacts, "transactionStatus" | "deadlineTasks" | "stillOnContract">> {
  const key = e.causeKey ? parseDeadlineKey(e.causeKey) : null;
  const taskId = (e.evidence as { taskId?: unknown } | null)?.taskId;
  const org = eq(tasks.organizationId, e.organizationId);
  let deadlineTasks: { title: string; status: string }[] = [];
  if (key && e.clientId) {
    deadlineTasks = await tx
      .select({ title: tasks.title, status: tasks.status })
      .from(tasks)
      .innerJoin(clients, and(eq(clients.organizationId, tasks.organizationId), eq(clients.id, tasks.clientId)))
      .where(and(org, eq(tasks.clientId, e.clientId), eq(tasks.kind, "deadline"), sql`(${tasks.dueAt} at time zone ${clients.timeZone})::date = ${key.day}::date`));
  } else if (typeof taskId === "string") {
    deadlineTasks = await tx.select({ title: tasks.title, status: tasks.status }).from(tasks).where(and(org, eq(tasks.id, taskId)));
  }
  if (!key?.transactionId) return { transactionStatus: null, deadlineTasks };
  const [deal] = await tx.select({ status: transactions.status, dates: transactions.contractDates }).from(transactions).where(and(eq(transactions.organizationId, e.organizationId), eq(transactions.id, key.transactionId)));
  if (!deal) return { transactionStatus: null, deadlineTasks };
  return { transactionStatus: deal.status, deadlineTasks, stillOnContract: Object.values((deal.dates ?? {}) as Record<string, unknown>).includes(key.day) };
}

/** The facts that tell whether each escalation's cause is gone, by escalation id. */
export async function settleFacts(tx: Tx, rows: readonly EscalationRow[]): Promise<Map<string, SettleFacts>> {
  const out = new Map<string, SettleFacts>();
  for (const org of new Set(rows.map((r) => r.organizationId))) {
    const list = rows.filter((r) => r.organizationId === org);
    const clientIds = [...new Set(list.map((r) => r.clientId).filter((id): id is string => id !== null))];
    const { names, leads } = clientIds.length ? await clientsAndLeads(tx, org, clientIds) : { names: new Map<string, string>(), leads: new Map() };
    for (const e of list) {
      const base: SettleFacts = { clientName: (e.clientId && names.get(e.clientId)) || "the client", acceptedLead: (e.clientId && leads.get(e.clientId)) || null };
      out.set(e.id, e.trigger === "deadline_at_risk" ? { ...base, ...(await deadlineFacts(tx, e)) } : base);
    }
  }
  return out;
}
