import { addMinutes } from "./dates";
import type { InteractionRow, SeedContext } from "./types";

const ASKED = "Quick question, is this a real person or a bot?";
const ANSWER = "Good question. I'm an automated assistant on Jorge Salas's team. Jorge or a teammate can call you anytime you prefer.";
const EXCHANGES = 2;

/**
 * A couple of clients ask an AI seat whether a person is writing, after their last message and on
 * the channel already in use; the seat answers that it is automated, as SB 1001 requires.
 */
export function buildDisclosureExchanges(ctx: SeedContext): void {
  const rng = ctx.rng("findings-disclosure");
  const english = new Set(ctx.clients.filter((c) => c.row.language === "en" && !c.optedOut).map((c) => c.id));
  const aiSeats = new Set(ctx.seats.filter((s) => s.kind === "ai").map((s) => s.id));
  const lastAt = new Map<string, number>();
  for (const r of ctx.data.interactions) lastAt.set(r.clientId, Math.max(lastAt.get(r.clientId) ?? 0, r.occurredAt!.getTime()));
  const candidates = ctx.data.interactions.filter((r) => r.direction === "outbound" && r.channel === "sms" && english.has(r.clientId) && aiSeats.has(r.seatId ?? "") && lastAt.get(r.clientId) === r.occurredAt!.getTime());
  let made = 0;
  for (const row of rng.sample(candidates, Math.min(candidates.length, 200))) {
    if (made >= EXCHANGES) break;
    const asked = addMinutes(row.occurredAt!, 25);
    if (addMinutes(asked, 2).getTime() >= ctx.asOf.getTime()) continue;
    const question: InteractionRow = { ...row, id: rng.uuid(), seatId: null, direction: "inbound", body: ASKED, occurredAt: asked, externalId: `ghl_${rng.token(20)}` };
    const reply: InteractionRow = { ...row, id: rng.uuid(), body: ANSWER, occurredAt: addMinutes(asked, 2), externalId: `ghl_${rng.token(20)}` };
    if (ctx.externalIds.has(question.externalId!) || ctx.externalIds.has(reply.externalId!)) continue;
    ctx.externalIds.add(question.externalId!).add(reply.externalId!);
    ctx.data.interactions.push(question, reply);
    made++;
  }
}
