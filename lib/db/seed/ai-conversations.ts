import type { ConversationState, QualificationField } from "../../domain/team/vocabulary";
import { addMinutes } from "./dates";
import { assistantFor } from "./interactions";
import type { QuestionWalk } from "./timelines";
import type { ClientInfo, SeatInfo, SeedContext } from "./types";

/** The AI seat that led the client's conversation: the first AI lead, or the follow-up assistant for a client nobody owns. */
function aiLead(ctx: SeedContext, c: ClientInfo): { seat: SeatInfo; until: { seat: SeatInfo; from: Date } | null } | null {
  const first = c.handlers.findIndex((h) => h.seat.kind === "ai");
  if (first < 0) return c.handlers.length === 0 ? { seat: assistantFor(ctx, c), until: null } : null;
  const next = c.handlers.slice(first + 1).find((h) => h.seat.kind === "human" && h.from.getTime() <= ctx.asOf.getTime());
  return { seat: c.handlers[first]!.seat, until: next ?? null };
}

/** Where the AI's side of the conversation stands, as the client's story says. */
function stateOf(c: ClientInfo, until: { seat: SeatInfo; from: Date } | null): { state: ConversationState; reason: string | null; at: Date | null } {
  if (c.optedOut) return { state: "opted_out", reason: "The client opted out; one confirmation was sent.", at: c.row.optedOutAt! };
  if (until) return { state: "handed_off", reason: `Handed to ${until.seat.name}, who calls the client.`, at: until.from };
  if (c.stage === "Lost") return { state: "paused", reason: "The client stopped answering; the lead is closed as lost.", at: c.endAt };
  return { state: "active", reason: null, at: null };
}

/**
 * A conversations row for every client an AI seat leads or led: active while it still asks
 * Jorge's questions, handed_off once a person took the client, opted_out after a STOP (with the
 * confirmation's time), paused for a lost lead. The last question is the one still unanswered.
 */
export function buildConversations(ctx: SeedContext, walks: Map<string, QuestionWalk>): void {
  const rng = ctx.rng("ai-conversations");
  for (const c of ctx.clients) {
    const lead = aiLead(ctx, c);
    if (!lead) continue;
    const walk = walks.get(c.id);
    const { state, reason, at } = stateOf(c, lead.until);
    const open: QualificationField | null = walk?.asked.findLast((f) => !walk.source.has(f)) ?? null;
    ctx.data.conversations.push({
      organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, aiSeatId: lead.seat.id, state, language: c.row.language === "es" ? "es" : "en",
      lastQuestion: state === "active" ? open : null, questionsAsked: walk?.asked.length ?? 0, stoppedReason: reason, stoppedAt: at,
      optOutConfirmedAt: c.optedOut ? addMinutes(c.row.optedOutAt!, 1) : null, createdAt: c.createdAt, updatedAt: at ?? c.row.updatedAt ?? c.createdAt,
    });
  }
}
