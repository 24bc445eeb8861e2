import type { Db } from "@/lib/db/client";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { decideHandoff } from "../handoffs/decide-handoff";
import { proposeHandoff } from "../handoffs/propose-handoff";

/** A tiny deterministic generator, so a failing run can be replayed with the same picks. */
function picker(seed: number) {
  let s = seed >>> 0;
  return <T>(items: readonly T[]): T => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return items[s % items.length]!;
  };
}

/**
 * Runs `count` concurrent operations, each a transfer proposal to a random seat followed by its
 * acceptance, and tallies how each ended (completed, or the status of the refusal).
 */
export async function runHandoffOps(db: Db, viewer: ViewerRecord, clientIds: readonly string[], seatIds: readonly string[], count: number, now: Date, seed: number): Promise<Record<string, number>> {
  const pick = picker(seed);
  const ops = Array.from({ length: count }, () => ({ clientId: pick(clientIds), toSeatId: pick(seatIds) }));
  const results = await Promise.all(
    ops.map(async (op) => {
      for (let attempt = 0; ; attempt++) {
        try {
          const proposed = await proposeHandoff(db, viewer, { ...op, kind: "transfer", reason: "Concurrency check" }, now);
          if (!proposed.ok) return `refused ${proposed.status}`;
          if (proposed.data.state === "completed") return "completed";
          const decided = await decideHandoff(db, viewer, { handoffId: proposed.data.handoffId, decision: "accept" }, now);
          return decided.ok ? "completed" : `refused ${decided.status}`;
        } catch (error) {
          const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
          if (code === "40P01" && attempt < 3) continue;
          return `error ${code ?? String(error)}`;
        }
      }
    }),
  );
  return results.reduce<Record<string, number>>((tally, r) => ({ ...tally, [r]: (tally[r] ?? 0) + 1 }), {});
}
