import { addDays, addMinutes } from "./dates";
import type { ClientInfo, InteractionRow, SeatInfo, SeedContext } from "./types";

/** What the receiving seat gets: who the client is, what they said, where things stand. */
function dossier(c: ClientInfo, at: Date, last: InteractionRow | undefined) {
  const timeline: { at: string; event: string }[] = [{ at: c.createdAt.toISOString(), event: `Lead arrived (${c.pipeline})` }];
  for (const h of c.handlers) if (h.from.getTime() <= at.getTime()) timeline.push({ at: h.from.toISOString(), event: `Handled by ${h.seat.name}` });
  if (c.acceptanceAt && c.acceptanceAt.getTime() <= at.getTime()) timeline.push({ at: c.acceptanceAt.toISOString(), event: "Offer accepted" });
  return {
    profile: {
      name: `${c.row.firstName} ${c.row.lastName ?? ""}`.trim(), type: c.type, pipeline: c.pipeline, stage: c.stage, market: c.market.name,
      postalCode: c.zip.zip, language: c.row.language, leadScore: c.row.leadScore, temperature: c.row.temperature, tags: c.row.tags,
    },
    qualification: c.row.qualification,
    timeline,
    consent: { sms: c.row.smsConsent, email: c.row.emailConsent, optedOutAt: c.row.optedOutAt?.toISOString() ?? null },
    lastTouch: last ? { channel: last.channel, direction: last.direction, at: last.occurredAt!.toISOString(), excerpt: last.body.slice(0, 160) } : null,
  };
}

/**
 * Completed handoffs: the transfer from the specialist to transaction coordination when an offer
 * was accepted (recent deals), and support seats joining a client.
 */
export function buildHandoffs(ctx: SeedContext): void {
  const rng = ctx.rng("handoffs");
  const byClient = new Map<string, InteractionRow[]>();
  for (const row of ctx.data.interactions) {
    const list = byClient.get(row.clientId);
    if (list) list.push(row);
    else byClient.set(row.clientId, [row]);
  }
  const lastBefore = (c: ClientInfo, at: Date) => {
    let best: InteractionRow | undefined;
    for (const row of byClient.get(c.id) ?? []) {
      if (row.occurredAt!.getTime() < at.getTime() && (!best || row.occurredAt!.getTime() > best.occurredAt!.getTime())) best = row;
    }
    return best;
  };
  const add = (c: ClientInfo, from: SeatInfo, to: SeatInfo, at: Date, kind: "transfer" | "add_support", reason: string) => {
    if (from.id === to.id) return;
    ctx.data.handoffs.push({
      organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, fromSeatId: from.id, toSeatId: to.id, kind, initiatedBy: kind === "transfer" ? rng.pick(["seat", "coordinator"]) : "seat",
      reason, dossier: dossier(c, at, lastBefore(c, at)), state: "completed", createdAt: at, decidedAt: addMinutes(at, rng.between(0.5, 12)),
    });
  };
  const recent = addDays(ctx.asOf, -45).getTime();
  for (const c of ctx.clients) {
    const [first, second] = c.handlers;
    if (first && second && c.acceptanceAt && c.acceptanceAt.getTime() >= recent) {
      add(c, first.seat, second.seat, second.from, "transfer", "Offer accepted; handing the file to transaction coordination for contract to close.");
    }
    const lead = c.handlers[c.handlers.length - 1];
    for (const s of c.supports) {
      if (lead && rng.chance(0.5)) add(c, lead.seat, s.seat, s.from, "add_support", `Adding ${s.seat.role.replace(/_/g, " ")} support for ${c.stage.toLowerCase()}.`);
    }
  }
}
