import { causeKey, deadlineDetail, draftCauseKey } from "../../domain/escalation/cause-key";
import { REPEAT_NOTE_PREFIX } from "../../domain/escalation/inbox-order";
import { ESCALATION_SLA } from "../../domain/settings/defaults";
import type { Severity } from "../../domain/team/vocabulary";
import { addMinutes, localDate, maxDate, shiftDay } from "./dates";
import { recordInteraction, seatAt } from "./interactions";
import { formatPrice, quotedPrice } from "./message-text";
import { DEADLINE_LABELS } from "./transactions";
import type { ClientInfo, SeedContext } from "./types";

type Status = "open" | "acknowledged" | "resolved";
type Deadline = { transactionId: string; key: string; day: string; address: string };

interface Spec {
  trigger: string;
  severity: Severity;
  status: Status;
  /** Minutes before asOf the escalation was raised. */
  minutesAgo: number;
  fits: (c: ClientInfo, offered: ReadonlySet<string>) => boolean;
  summary: (c: ClientInfo, d?: Deadline) => string;
  message?: string;
  signals?: readonly string[];
  resolution?: string;
  /** Jorge's note when he took it on. */
  note?: string;
  /** What the same cause said again while it was open (notes on it, not new alerts). */
  repeats?: readonly string[];
  /** Rows of one cause raised within minutes of each other, as they arrived before repeats were folded. */
  copies?: number;
}

const name = (c: ClientInfo) => `${c.row.firstName} ${c.row.lastName ?? ""}`.trim();
const workable = (c: ClientInfo) => !c.optedOut && c.stage !== "Closed" && c.stage !== "Lost";
const HOUR = 60;
const DAY = 24 * HOUR;
/** "Loan contingency removal (21 days)" -> "Loan contingency removal"; "Seller disclosures due (7 days)" -> "Seller disclosures". */
const deadlineName = (d: Deadline) => (DEADLINE_LABELS[d.key] ?? "Contract").replace(/ \(.*\)$/, "").replace(/ due$/, "");
const dueWords = (ctx: SeedContext, d: Deadline) => (d.day === shiftDay(localDate(ctx.asOf), 1) ? "tomorrow" : "in two days");

const SPECS: readonly Spec[] = [
  { trigger: "human_requested", severity: "high", status: "open", minutesAgo: 180, fits: (c) => workable(c) && !!c.owner, summary: (c) => `${name(c)} asked to speak with Jorge directly.`, message: "Can I talk to Jorge himself? I'd rather speak with a real person.", signals: ["talk to Jorge", "real person"], repeats: ["Asked again by text: \"Is Jorge around today?\"", "Called the office line asking for Jorge."] },
  { trigger: "distress_words", severity: "critical", status: "open", minutesAgo: 6, fits: (c) => workable(c) && c.pipeline === "seller", summary: (c) => `${name(c)} mentioned a notice of default and possible foreclosure.`, message: "We got a notice of default and I'm worried about foreclosure. How fast could we sell?", signals: ["foreclosure", "notice of default"] },
  { trigger: "deadline_at_risk", severity: "critical", status: "open", minutesAgo: 25, copies: 4, fits: () => true, summary: (c, d) => `${deadlineName(d!)} deadline for ${d!.address} is tomorrow-ish and ${c.row.firstName}'s lender has not confirmed.` },
  { trigger: "hot_qualified", severity: "high", status: "acknowledged", minutesAgo: 300, fits: (c) => c.stage === "Hot Seller", summary: (c) => `${name(c)} is fully qualified: all four questions answered and a 30-45 day sale works.`, note: "Calling after my 2pm showing; the listing packet is ready." },
  { trigger: "unproductive_exchanges", severity: "medium", status: "open", minutesAgo: 90, fits: (c) => workable(c) && c.stage === "Qualifying", summary: (c) => `Three unproductive exchanges in a row with ${name(c)}.`, message: "maybe", signals: ["3 unproductive replies"] },
  { trigger: "negative_sentiment", severity: "medium", status: "acknowledged", minutesAgo: 3 * DAY, fits: (c) => c.stage === "Under Contract", summary: (c) => `${name(c)} is frustrated about slow answers on the inspection.`, message: "This is the third time nobody got back to me about the inspection. Really frustrated.", signals: ["frustrated", "nobody got back to me"], note: "Asked the inspector for the report by Friday; will call the client with a date." },
  { trigger: "deadline_at_risk", severity: "high", status: "acknowledged", minutesAgo: 2 * HOUR, fits: () => true, summary: (c, d) => `${deadlineName(d!)} deadline for ${name(c)} is tomorrow-ish and escrow is still missing a signed form.`, note: "Sent the form for e-signature; escrow will confirm by noon." },
  { trigger: "high_commission", severity: "medium", status: "resolved", minutesAgo: 6 * DAY, fits: (c) => workable(c) && quotedPrice(c) >= 1_150_000, summary: (c) => `${formatPrice(quotedPrice(c))} deal for ${name(c)}: commission about ${formatPrice(quotedPrice(c) * 0.06)}, at Jorge's personal-handling line.`, resolution: "Jorge joined the listing appointment and kept the AI specialist on prep work." },
  { trigger: "distress_words", severity: "high", status: "resolved", minutesAgo: 9 * DAY, fits: (c) => workable(c) && c.pipeline === "seller", summary: (c) => `${name(c)} mentioned a divorce and an attorney.`, message: "We're going through a divorce and my attorney says we need to sell.", signals: ["divorce", "attorney"], resolution: "Jorge called both owners; listing will proceed once the attorneys confirm in writing." },
  { trigger: "fallback_exhausted", severity: "high", status: "open", minutesAgo: 150, fits: (c, offered) => c.stage === "New Lead" && !c.owner && !c.optedOut && !offered.has(c.id), summary: (c) => `No seat accepted ${name(c)}; the fallback chain ended with Jorge.` },
  { trigger: "no_eligible_seat", severity: "medium", status: "resolved", minutesAgo: 4 * DAY, fits: (c) => c.row.language === "vi" || c.row.language === "zh", summary: (c) => `No available seat both speaks ${c.row.language === "vi" ? "Vietnamese" : "Chinese"} and covers ${c.market.name} for ${name(c)}.`, resolution: "Assigned to a team member who speaks the language; market coverage extended for this client." },
  { trigger: "agent_conflict", severity: "low", status: "acknowledged", minutesAgo: 26 * HOUR, fits: (c) => workable(c) && c.supports.length > 0, summary: (c) => `Two seats texted ${name(c)} within ten minutes about the same showing.`, note: "Told both seats the lead sends the showing texts from now on." },
  { trigger: "human_requested", severity: "high", status: "resolved", minutesAgo: 2 * DAY, fits: (c) => workable(c), summary: (c) => `${name(c)} asked whether they were talking to a bot and wanted a person.`, message: "Is this a bot? I want to talk to a real person.", signals: ["real person"], resolution: "Jorge called back within the hour; the client is happy to keep texting with the team." },
  { trigger: "negative_sentiment", severity: "high", status: "resolved", minutesAgo: 5 * DAY + 7 * HOUR, fits: (c) => workable(c), summary: (c) => `${name(c)} was upset that a showing was cancelled at the last minute.`, message: "You cancelled on me an hour before. Not happy.", signals: ["not happy"], resolution: "Rebooked the showing for Saturday and Jorge apologized personally." },
  { trigger: "unproductive_exchanges", severity: "medium", status: "resolved", minutesAgo: 7 * DAY + 3 * HOUR, fits: (c) => workable(c) && c.stage === "Qualifying", summary: (c) => `Three short replies in a row from ${name(c)}; the conversation stalled.`, resolution: "Switched to a phone call; the client prefers calls after 6pm." },
  { trigger: "hot_qualified", severity: "high", status: "resolved", minutesAgo: 8 * DAY + 2 * HOUR, fits: (c) => c.stage === "Listing Appointment" || c.stage === "Listed", summary: (c) => `${name(c)} answered all four questions and wants to list within 45 days.`, resolution: "Jorge called within the hour and booked the listing appointment." },
  { trigger: "fallback_exhausted", severity: "critical", status: "resolved", minutesAgo: 10 * DAY + 5 * HOUR, fits: (c) => !!c.owner && c.stage !== "New Lead", summary: (c) => `Nobody on the fallback chain took ${name(c)} overnight.`, resolution: "Closed on its own, the cause is gone: a seat accepted the client as lead the next morning." },
  { trigger: "agent_conflict", severity: "medium", status: "resolved", minutesAgo: 12 * DAY + 4 * HOUR, fits: (c) => workable(c) && c.supports.length > 0, summary: (c) => `Two seats quoted ${name(c)} list prices 9% apart.`, resolution: "Jorge set the price from the CMA range and told both seats." },
];

/** The client's open deal with a contract deadline in the next two days, if any. */
function upcomingDeadline(ctx: SeedContext, c: ClientInfo, openByClient: Map<string, SeedContext["data"]["transactions"]>): Deadline | null {
  const today = localDate(ctx.asOf);
  const soon = new Set([shiftDay(today, 1), shiftDay(today, 2)]);
  for (const t of openByClient.get(c.id) ?? []) {
    const hit = Object.entries((t.contractDates ?? {}) as Record<string, string>).find(([k, day]) => k !== "acceptance" && soon.has(day));
    if (hit) return { transactionId: t.id!, key: hit[0], day: hit[1], address: t.propertyAddress.split(",")[0]! };
  }
  return null;
}

const ACK_NOTES = ["On it; calling this afternoon.", "Seen. Checking with the seat before I call.", "Taking this one myself."] as const;

/**
 * Escalations across triggers and states spread over two weeks, some past their SLA, each with
 * evidence, a cause key, and notes that say what happened; one client asked for Jorge three
 * times (two repeats on one escalation), and one deadline came in as a batch of four rows.
 */
export function buildEscalations(ctx: SeedContext): void {
  const rng = ctx.rng("escalations");
  const used = new Set<string>();
  const offered = new Set(ctx.data.assignments.filter((a) => a.state === "offered").map((a) => a.clientId));
  // Grouped once: scanning every transaction per client made the 50,000-client seed quadratic.
  const openByClient = new Map<string, SeedContext["data"]["transactions"]>();
  for (const t of ctx.data.transactions) if (t.status === "open") openByClient.set(t.clientId, [...(openByClient.get(t.clientId) ?? []), t]);
  for (const spec of SPECS) {
    const createdAt = addMinutes(ctx.asOf, -spec.minutesAgo * rng.between(0.9, 1.1));
    const deadlines = new Map(spec.trigger === "deadline_at_risk" ? ctx.clients.map((c) => [c.id, upcomingDeadline(ctx, c, openByClient)] as const) : []);
    const pool = ctx.clients.filter((c) => !used.has(c.id) && spec.fits(c, offered) && c.createdAt.getTime() < createdAt.getTime() - 3_600_000 && (spec.trigger !== "deadline_at_risk" || deadlines.get(c.id)));
    if (pool.length === 0) continue;
    const c = rng.pick(pool);
    used.add(c.id);
    const deadline = deadlines.get(c.id) ?? undefined;
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
    if (deadline) Object.assign(evidence, { transactionId: deadline.transactionId, deadline: deadline.key, due: deadline.day });
    const summary = spec.summary(c, deadline).replace("tomorrow-ish", deadline ? dueWords(ctx, deadline) : "soon");
    const key = deadline ? causeKey({ trigger: spec.trigger, clientId: c.id, detail: deadlineDetail(deadline.transactionId, deadline.day) }) : draftCauseKey({ trigger: spec.trigger, clientId: c.id, summary, evidence });
    for (let copy = 0; copy < (spec.copies ?? 1); copy++) {
      const raisedAt = addMinutes(createdAt, copy * rng.between(0.5, 1.5));
      const sla = ESCALATION_SLA[spec.severity];
      const acknowledgedAt = spec.status === "open" ? null : addMinutes(raisedAt, Math.min(sla.ackMinutes * rng.between(0.3, 0.9), spec.minutesAgo * 0.5));
      const resolvedAt = spec.status === "resolved" ? addMinutes(acknowledgedAt!, Math.min(sla.resolveMinutes * rng.between(0.2, 0.8), spec.minutesAgo * 0.4)) : null;
      const id = rng.uuid();
      const automatic = spec.resolution?.startsWith("Closed on its own") ?? false;
      ctx.data.escalations.push({
        organizationId: ctx.orgId, id, clientId: c.id, seatId: seat.id, trigger: spec.trigger, severity: spec.severity, summary, evidence, causeKey: key,
        status: spec.status, ownerUserId: ctx.jorgeUserId, ackDueAt: addMinutes(raisedAt, sla.ackMinutes), resolveDueAt: addMinutes(raisedAt, sla.resolveMinutes),
        acknowledgedAt, resolvedAt, resolution: spec.resolution ?? (resolvedAt ? "Handled by Jorge." : null), createdAt: raisedAt,
      });
      const note = (authorUserId: string | null, body: string, at: Date) => ctx.data.escalationNotes.push({ organizationId: ctx.orgId, id: rng.uuid(), escalationId: id, authorUserId, body, createdAt: at });
      (spec.repeats ?? []).forEach((text, i) => note(null, `${REPEAT_NOTE_PREFIX}${text}`, addMinutes(raisedAt, ((i + 1) * spec.minutesAgo) / ((spec.repeats?.length ?? 0) + 2))));
      if (acknowledgedAt && !automatic) note(ctx.jorgeUserId, spec.note ?? rng.pick(ACK_NOTES), acknowledgedAt);
      if (resolvedAt) note(automatic ? null : ctx.jorgeUserId, automatic ? spec.resolution! : `Spoke with ${c.row.firstName}. ${spec.resolution ?? ""}`.trim(), resolvedAt);
    }
  }
}
