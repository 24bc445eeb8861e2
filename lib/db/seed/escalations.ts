import type { Severity } from "../../domain/team/vocabulary";
import { addMinutes, maxDate } from "./dates";
import { recordInteraction, seatAt } from "./interactions";
import { formatPrice, quotedPrice } from "./message-text";
import { ESCALATION_SLA } from "../../domain/settings/defaults";
import type { ClientInfo, SeedContext } from "./types";

type Status = "open" | "acknowledged" | "resolved";

interface Spec {
  trigger: string;
  severity: Severity;
  status: Status;
  /** Minutes before asOf the escalation was raised. */
  minutesAgo: number;
  fits: (c: ClientInfo, offered: ReadonlySet<string>) => boolean;
  summary: (c: ClientInfo) => string;
  message?: string;
  signals?: readonly string[];
  resolution?: string;
}

const name = (c: ClientInfo) => `${c.row.firstName} ${c.row.lastName ?? ""}`.trim();
const workable = (c: ClientInfo) => !c.optedOut && c.stage !== "Closed" && c.stage !== "Lost";

const SPECS: readonly Spec[] = [
  { trigger: "human_requested", severity: "high", status: "open", minutesAgo: 180, fits: (c) => workable(c) && !!c.owner, summary: (c) => `${name(c)} asked to speak with Jorge directly.`, message: "Can I talk to Jorge himself? I'd rather speak with a real person.", signals: ["talk to Jorge", "real person"] },
  { trigger: "distress_words", severity: "critical", status: "open", minutesAgo: 6, fits: (c) => workable(c) && c.pipeline === "seller", summary: (c) => `${name(c)} mentioned a notice of default and possible foreclosure.`, message: "We got a notice of default and I'm worried about foreclosure. How fast could we sell?", signals: ["foreclosure", "notice of default"] },
  { trigger: "hot_qualified", severity: "high", status: "acknowledged", minutesAgo: 300, fits: (c) => c.stage === "Hot Seller", summary: (c) => `${name(c)} is fully qualified: all four questions answered and a 30-45 day sale works.` },
  { trigger: "unproductive_exchanges", severity: "medium", status: "open", minutesAgo: 90, fits: (c) => workable(c) && c.stage === "Qualifying", summary: (c) => `Three unproductive exchanges in a row with ${name(c)}.`, message: "maybe", signals: ["3 unproductive replies"] },
  { trigger: "negative_sentiment", severity: "medium", status: "acknowledged", minutesAgo: 60 * 72, fits: (c) => c.stage === "Under Contract", summary: (c) => `${name(c)} is frustrated about slow answers on the inspection.`, message: "This is the third time nobody got back to me about the inspection. Really frustrated.", signals: ["frustrated", "nobody got back to me"] },
  { trigger: "deadline_at_risk", severity: "critical", status: "acknowledged", minutesAgo: 120, fits: (c) => c.stage === "Under Contract" && !!c.owner, summary: (c) => `Loan contingency for ${name(c)} is close and the appraisal is not back yet.` },
  { trigger: "high_commission", severity: "medium", status: "resolved", minutesAgo: 60 * 24 * 6, fits: (c) => workable(c) && quotedPrice(c) >= 1_150_000, summary: (c) => `${formatPrice(quotedPrice(c))} deal for ${name(c)}: commission about ${formatPrice(quotedPrice(c) * 0.06)}, above the $15K personal-handling line.`, resolution: "Jorge joined the listing appointment and kept the AI specialist on prep work." },
  { trigger: "distress_words", severity: "high", status: "resolved", minutesAgo: 60 * 24 * 9, fits: (c) => workable(c) && c.pipeline === "seller", summary: (c) => `${name(c)} mentioned a divorce and an attorney.`, message: "We're going through a divorce and my attorney says we need to sell.", signals: ["divorce", "attorney"], resolution: "Jorge called both owners; listing will proceed once the attorneys confirm in writing." },
  { trigger: "fallback_exhausted", severity: "high", status: "open", minutesAgo: 150, fits: (c, offered) => c.stage === "New Lead" && !c.owner && !c.optedOut && !offered.has(c.id), summary: (c) => `No seat accepted ${name(c)}; the fallback chain ended with Jorge.` },
  { trigger: "no_eligible_seat", severity: "medium", status: "resolved", minutesAgo: 60 * 24 * 4, fits: (c) => c.row.language === "vi" || c.row.language === "zh", summary: (c) => `No available seat both speaks ${c.row.language === "vi" ? "Vietnamese" : "Chinese"} and covers ${c.market.name} for ${name(c)}.`, resolution: "Assigned to a team member who speaks the language; market coverage extended for this client." },
  { trigger: "agent_conflict", severity: "low", status: "acknowledged", minutesAgo: 60 * 26, fits: (c) => workable(c) && c.supports.length > 0, summary: (c) => `Two seats texted ${name(c)} within ten minutes about the same showing.` },
  { trigger: "human_requested", severity: "high", status: "resolved", minutesAgo: 60 * 24 * 2, fits: (c) => workable(c), summary: (c) => `${name(c)} asked whether they were talking to a bot and wanted a person.`, message: "Is this a bot? I want to talk to a real person.", signals: ["real person"], resolution: "Jorge called back within the hour; the client is happy to keep texting with the team." },
];

/** About a dozen escalations across triggers and states, some past their SLA, each with evidence. */
export function buildEscalations(ctx: SeedContext): void {
  const rng = ctx.rng("escalations");
  const used = new Set<string>();
  const offered = new Set(ctx.data.assignments.filter((a) => a.state === "offered").map((a) => a.clientId));
  for (const spec of SPECS) {
    const createdAt = addMinutes(ctx.asOf, -spec.minutesAgo * rng.between(0.9, 1.1));
    const pool = ctx.clients.filter((c) => !used.has(c.id) && spec.fits(c, offered) && c.createdAt.getTime() < createdAt.getTime() - 3_600_000);
    if (pool.length === 0) continue;
    const c = rng.pick(pool);
    used.add(c.id);
    const seat = c.owner ?? seatAt(ctx, c, createdAt);
    const evidence: Record<string, unknown> = { stage: c.stage, leadScore: c.row.leadScore, temperature: c.row.temperature };
    if (spec.message) {
      const at = addMinutes(createdAt, -1);
      const ids: string[] = [];
      const lines = spec.trigger === "unproductive_exchanges" ? ["ok", "not sure", spec.message] : [spec.message];
      lines.forEach((body, i) => {
        const row = recordInteraction(ctx, rng, c, { channel: "sms", direction: "inbound", body, at: addMinutes(at, (i - lines.length + 1) * 40), seat, sentiment: spec.trigger === "unproductive_exchanges" ? 0 : -0.6, productive: false });
        ids.push(row.id!);
      });
      c.row.updatedAt = maxDate(c.row.updatedAt ?? at, at);
      Object.assign(evidence, { interactionIds: ids, excerpt: spec.message, signals: spec.signals ?? [] });
    }
    if (spec.trigger === "hot_qualified") evidence.qualification = c.row.qualification;
    const sla = ESCALATION_SLA[spec.severity];
    const acknowledgedAt = spec.status === "open" ? null : addMinutes(createdAt, Math.min(sla.ackMinutes * rng.between(0.3, 0.9), spec.minutesAgo * 0.5));
    const resolvedAt = spec.status === "resolved" ? addMinutes(acknowledgedAt!, Math.min(sla.resolveMinutes * rng.between(0.2, 0.8), spec.minutesAgo * 0.4)) : null;
    const id = rng.uuid();
    ctx.data.escalations.push({
      organizationId: ctx.orgId, id, clientId: c.id, seatId: seat.id, trigger: spec.trigger, severity: spec.severity, summary: spec.summary(c), evidence,
      status: spec.status, ownerUserId: ctx.jorgeUserId, ackDueAt: addMinutes(createdAt, sla.ackMinutes), resolveDueAt: addMinutes(createdAt, sla.resolveMinutes),
      acknowledgedAt, resolvedAt, resolution: spec.resolution ?? (resolvedAt ? "Handled by Jorge." : null), createdAt,
    });
    if (acknowledgedAt) {
      ctx.data.escalationNotes.push({ organizationId: ctx.orgId, id: rng.uuid(), escalationId: id, authorUserId: ctx.jorgeUserId, body: `Taking this one. Will reach out to ${c.row.firstName} today.`, createdAt: acknowledgedAt });
    }
    if (resolvedAt) {
      ctx.data.escalationNotes.push({ organizationId: ctx.orgId, id: rng.uuid(), escalationId: id, authorUserId: ctx.jorgeUserId, body: `Spoke with ${c.row.firstName}. ${spec.resolution ?? ""}`.trim(), createdAt: resolvedAt });
    }
  }
}
