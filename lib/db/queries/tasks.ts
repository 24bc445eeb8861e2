import { and, asc, eq, gte, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { clients, seats, tasks, users } from "../schema";
import { reachesWhole, type ClientScope } from "./scope";

/** The groups of a seat's day, in the order the page shows them. */
export const TASK_BUCKETS = ["overdue", "today", "upcoming", "done"] as const;
export type TaskBucket = (typeof TASK_BUCKETS)[number];

/** The moments that split tasks into groups: now, the end of today, and how far back "done recently" reaches. */
export interface TaskDay {
  now: Date;
  dayEnd: Date;
  doneSince: Date;
  /** At most this many tasks per group; each row still carries its group's total. */
  perGroup: number;
}

/** One task on a list, with its client and the seat that owes it. */
export interface ListedTask {
  id: string;
  title: string;
  kind: string;
  status: string;
  dueAt: Date | null;
  completedAt: Date | null;
  clientId: string;
  clientName: string;
  clientTimeZone: string;
  seatId: string | null;
  seatName: string | null;
  /** The viewer reaches the client whole, so its name may link to the client's page. */
  reachable: boolean;
}

export type BucketedTask = ListedTask & { bucket: TaskBucket; groupTotal: number };

const toDate = (v: string | Date | null) => (v === null ? null : new Date(v));
/** A moment as a typed SQL value; postgres.js takes no bare Date inside raw SQL. */
const instant = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * A seat's tasks grouped for its day, in one query: overdue (open, due before now, oldest
 * first), today (due before the end of today), upcoming (later or undated) and done since
 * `doneSince` (latest first), at most `perGroup` of each with the group's total. A team member
 * always gets their own seat's; people who see every client get one seat's, or every seat's
 * when `seatId` is null.
 */
export async function listDayTasks(db: Db, scope: ClientScope, seatId: string | null, day: TaskDay): Promise<BucketedTask[]> {
  const seat = scope.all ? seatId : scope.seatId;
  if (!scope.all && !seat) return [];
  const { now, dayEnd, doneSince } = day;
  const bucket = sql<TaskBucket>`case when ${tasks.status} = 'done' then 'done'
    when ${tasks.dueAt} < ${instant(now)} then 'overdue' when ${tasks.dueAt} < ${instant(dayEnd)} then 'today' else 'upcoming' end`;
  const order = sql`case when ${tasks.status} = 'done' then -extract(epoch from ${tasks.completedAt}) else extract(epoch from ${tasks.dueAt}) end`;
  // Rank the narrow task rows first; only the few kept are joined with their clients and seats.
  const ranked = db
    .select({
      id: tasks.id,
      bucket: bucket.as("bucket"),
      groupTotal: sql<number>`count(*) over (partition by ${bucket})`.as("group_total"),
      rank: sql<number>`row_number() over (partition by ${bucket} order by ${order} nulls last, ${tasks.id})`.as("rank"),
    })
    .from(tasks)
    .where(and(
      eq(tasks.organizationId, scope.organizationId),
      seat ? eq(tasks.seatId, seat) : undefined,
      or(eq(tasks.status, "open"), and(eq(tasks.status, "done"), gte(tasks.completedAt, doneSince))),
    ))
    .as("ranked");
  // At most perGroup rows of each group pass; the LIMIT says so to the planner, which then joins the few rows by key.
  const kept = db.select().from(ranked).where(sql`${ranked.rank} <= ${day.perGroup}`).limit(day.perGroup * TASK_BUCKETS.length).as("kept");
  const rows = await db
    .select({
      id: tasks.id, title: tasks.title, kind: tasks.kind, status: tasks.status, dueAt: tasks.dueAt, completedAt: tasks.completedAt,
      clientId: tasks.clientId, first: clients.firstName, last: clients.lastName, clientTimeZone: clients.timeZone, seatId: tasks.seatId, seatName: seats.name,
      reachable: reachesWhole(db, scope), bucket: kept.bucket, groupTotal: kept.groupTotal,
    })
    .from(kept)
    .innerJoin(tasks, and(eq(tasks.organizationId, scope.organizationId), eq(tasks.id, kept.id)))
    .innerJoin(clients, and(eq(clients.organizationId, tasks.organizationId), eq(clients.id, tasks.clientId)))
    .leftJoin(seats, and(eq(seats.organizationId, tasks.organizationId), eq(seats.id, tasks.seatId)))
    .orderBy(asc(kept.bucket), asc(kept.rank));
  return rows.map(({ first, last, ...r }) => ({
    ...r, clientName: `${first} ${last}`.trim(), dueAt: toDate(r.dueAt), completedAt: toDate(r.completedAt), reachable: Boolean(r.reachable), groupTotal: Number(r.groupTotal),
  }));
}

/** A client's open tasks with the seat owing each, soonest due first and undated ones last. */
export async function listClientOpenTasks(db: Db, organizationId: string, clientId: string) {
  return db
    .select({ id: tasks.id, title: tasks.title, kind: tasks.kind, dueAt: tasks.dueAt, seatId: tasks.seatId, seatName: seats.name })
    .from(tasks)
    .leftJoin(seats, and(eq(seats.organizationId, tasks.organizationId), eq(seats.id, tasks.seatId)))
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.clientId, clientId), eq(tasks.status, "open")))
    .orderBy(sql`${tasks.dueAt} asc nulls last`, asc(tasks.id));
}

export type ClientOpenTask = Awaited<ReturnType<typeof listClientOpenTasks>>[number];

/**
 * The organization's seats as task owners, people first, by name, each marked `disabled` when
 * its holder's account is: those keep their tasks on the lists but cannot be given new ones.
 */
export async function listTaskSeatOptions(db: Db, organizationId: string) {
  return db
    .select({ id: seats.id, name: seats.name, role: seats.role, kind: seats.kind, presence: seats.presence, disabled: sql<boolean>`${users.disabledAt} is not null` })
    .from(seats)
    .leftJoin(users, and(eq(users.organizationId, seats.organizationId), eq(users.id, seats.userId)))
    .where(eq(seats.organizationId, organizationId))
    .orderBy(sql`${seats.kind} = 'ai'`, asc(seats.name));
}

export type TaskSeatOption = Awaited<ReturnType<typeof listTaskSeatOptions>>[number];
