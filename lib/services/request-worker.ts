import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { routingFailureNote } from "@/lib/domain/intake/routing-failure";
import { getDb, type Db } from "@/lib/db/client";
import { clientRequests } from "@/lib/db/schema";
import { processClientRequest } from "./process-client-request";

const RETRYABLE = new Set(["40001", "40P01", "55P03"]);

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code;
}

/**
 * Routes one received request (a new contact's before a known client's, then the oldest, or the
 * one named, so a flood of replies never holds up a new lead's first touch): the row is claimed with FOR UPDATE
 * SKIP LOCKED inside the transaction that routes it, so workers in any number of processes never
 * take the same one, and a crash mid-way leaves it "received" for the next sweep. Returns false
 * when none was waiting.
 */
export async function routeNextRequest(db: Db, only?: { organizationId: string; id: string }): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    let claimedId: string | null = null;
    try {
      return await db.transaction(async (tx) => {
        const [next] = await tx
          .select()
          .from(clientRequests)
          .where(and(eq(clientRequests.status, "received"), only ? and(eq(clientRequests.organizationId, only.organizationId), eq(clientRequests.id, only.id)) : undefined))
          .orderBy(asc(clientRequests.priority), asc(clientRequests.receivedAt))
          .limit(1)
          .for("update", { skipLocked: true });
        if (!next) return false;
        claimedId = next.id;
        await processClientRequest(tx, next);
        return true;
      });
    } catch (error) {
      if (RETRYABLE.has(sqlState(error) ?? "") && attempt < 3) continue;
      if (!claimedId) throw error;
      const reference = randomBytes(3).toString("hex");
      console.error(`[requests] routing request ${claimedId} failed (reference ${reference}):`, error instanceof Error ? error.message : error);
      await db.update(clientRequests).set({ status: "failed", error: routingFailureNote(reference), processedAt: new Date() }).where(and(eq(clientRequests.id, claimedId), eq(clientRequests.status, "received")));
      return true;
    }
  }
}

/** Routes every waiting request; returns how many were handled. */
export async function drainRequests(db: Db, max = 10_000): Promise<number> {
  let handled = 0;
  while (handled < max && (await routeNextRequest(db))) handled++;
  return handled;
}

const worker = ((globalThis as unknown as { __requestWorker?: { running: boolean; again: boolean; timer?: NodeJS.Timeout } }).__requestWorker ??= { running: false, again: false });

/** Drains the queue soon, in this process; calls made while a drain runs make it go round again. */
export function kickRequestWorker(): void {
  if (worker.running) {
    worker.again = true;
    return;
  }
  worker.running = true;
  setImmediate(async () => {
    try {
      do {
        worker.again = false;
        await drainRequests(getDb());
      } while (worker.again);
    } catch (error) {
      console.error("[requests] routing stopped:", error instanceof Error ? error.message : error);
    } finally {
      worker.running = false;
    }
  });
}

/** Sweeps for waiting requests at start and then periodically, so none is left behind after a crash. */
export function startRequestWorker(intervalMs = 15_000): void {
  if (worker.timer) return;
  kickRequestWorker();
  worker.timer = setInterval(kickRequestWorker, intervalMs);
  worker.timer.unref();
}
