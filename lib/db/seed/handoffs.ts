import { buildDossier } from "../../domain/handoff/dossier";
import type { Channel, Temperature } from "../../domain/team/vocabulary";
import { addDays, addMinutes } from "./dates";
import type { ClientInfo, InteractionRow, SeatInfo, SeedContext } from "./types";

/** What the receiving seat got: the typed dossier as it stood at the moment of the handoff. */
function dossier(ctx: SeedContext, c: ClientInfo, at: Date, history: readonly InteractionRow[]) {
  const row = c.row;
  return buildDossier({
    client: {
      firstName: row.firstName, lastName: row.lastName ?? "", email: row.email ?? null, phone: row.phone ?? null, type: c.type, pipeline: c.pipeline, stage: c.stage,
      propertyAddress: row.propertyAddress ?? null, budgetMin: row.budgetMin ?? null, budgetMax: row.budgetMax ?? null, priceExpectation: row.priceExpectation ?? null,
      preApproved: row.preApproved ?? false, preApprovalAmount: row.preApprovalAmount ?? null, timelineDays: row.timelineDays ?? null, temperature: (row.temperature ?? "cold") as Temperature,
      leadScore: row.leadScore ?? 0, qualification: (row.qualification ?? {}) as Record<string, unknown>, tags: row.tags ?? [], smsConsent: row.smsConsent ?? false,
      emailConsent: row.emailConsent ?? false, optedOutAt: row.optedOutAt ?? null, language: row.language ?? "en", timeZone: row.timeZone ?? "America/Los_Angeles",
    },
    marketName: c.market.name,
    seatNames: new Map(ctx.seats.map((s) => [s.id, s.name])),
    interactions: history.filter((h) => h.occurredAt!.getTime() < at.getTime()).map((h) => ({ seatId: h.seatId ?? null, channel: h.channel as Channel, direction: h.direction as "inbound", body: h.body, occurredAt: h.occurredAt! })),
    openTasks: [],
    transactions: ctx.data.transactions.filter((t) => t.clientId === c.id && t.createdAt!.getTime() <= at.getTime()).map((t) => ({
      propertyAddress: t.propertyAddress, side: t.side as "buy", status: "open", stage: t.stage, price: t.price, acceptanceDate: t.acceptanceDate ?? null,
      closeOfEscrowDate: t.closeOfEscrowDate ?? null, contractDates: (t.contractDates ?? {}) as Record<string, string>,
    })),
  }, at);
}

/** Why the file moves when an offer is accepted, by who takes it. */
const CONTRACT_HANDOFF: Record<string, string> = {
  transaction_coordinator: "Offer accepted; handing the file to transaction coordination for contract to close.",
  negotiation_expert: "Offer accepted; the negotiation expert takes the file through inspections and contingencies to close.",
  overseer: "Offer accepted; Jorge takes the file himself from contract to close.",
};

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
  const add = (c: ClientInfo, from: SeatInfo, to: SeatInfo, at: Date, kind: "transfer" | "add_support", reason: string) => {
    if (from.id === to.id) return;
    ctx.data.handoffs.push({
      organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, fromSeatId: from.id, toSeatId: to.id, kind, initiatedBy: kind === "transfer" ? rng.pick(["seat", "coordinator"]) : "seat",
      reason, dossier: dossier(ctx, c, at, byClient.get(c.id) ?? []), state: "completed", createdAt: at, decidedAt: addMinutes(at, rng.between(0.5, 12)),
    });
  };
  const recent = addDays(ctx.asOf, -45).getTime();
  for (const c of ctx.clients) {
    const [first, second] = c.handlers;
    if (first && second && c.acceptanceAt && c.acceptanceAt.getTime() >= recent) {
      add(c, first.seat, second.seat, second.from, "transfer", CONTRACT_HANDOFF[second.seat.role] ?? CONTRACT_HANDOFF.transaction_coordinator!);
    }
    const lead = c.handlers[c.handlers.length - 1];
    for (const s of c.supports) {
      if (lead && rng.chance(0.5)) add(c, lead.seat, s.seat, s.from, "add_support", `Adding ${s.seat.role.replace(/_/g, " ")} support for ${c.stage.toLowerCase()}.`);
    }
  }
}
