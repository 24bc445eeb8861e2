import type { QualificationField } from "../../domain/team/vocabulary";
import type { QuestionWalk } from "./timelines";
import type { ClientInfo, SeedContext } from "./types";

type Known = Record<string, unknown>;
type Answer = { value: Record<string, unknown>; words: string };

const MOTIVATION: Record<string, string> = {
  "Relocating for work": "relocation", "Job transfer": "relocation", "Downsizing to a single-story home": "downsizing", "Moving closer to family": "family",
  "Cashing out equity to buy out of state": "equity", "Inherited the home": "inherited", Retiring: "retiring", "Need more space": "upsizing",
};
const CONDITION: Record<string, string> = { move_in_ready: "move_in_ready", minor_updates: "needs_work", needs_work: "needs_work", fixer: "fixer" };
const money = (n: number) => `$${n.toLocaleString("en-US")}`;

/** What the client's qualification says for one field, in the shape the conversation stores, or null when unknown. */
export function knownAnswer(field: QualificationField, q: Known, timelineDays: number | null): Answer | null {
  switch (field) {
    case "address":
      return typeof q.propertyAddress === "string" ? { value: { text: q.propertyAddress }, words: q.propertyAddress } : null;
    case "motivation":
      return typeof q.whySelling === "string" ? { value: { reason: MOTIVATION[q.whySelling] ?? "other", text: `${q.whySelling}, moving to ${String(q.movingTo)}` }, words: `${q.whySelling}, moving to ${String(q.movingTo)}` } : null;
    case "timeline":
      return typeof q.timeline30to45Ok === "boolean" ? { value: { ...(timelineDays ? { days: timelineDays } : {}), fits30to45: q.timeline30to45Ok }, words: q.timeline30to45Ok ? "30-45 days works" : `about ${timelineDays ?? 90} days` } : null;
    case "condition":
      return typeof q.condition === "string" ? { value: { state: CONDITION[q.condition] ?? "needs_work", text: q.condition.replaceAll("_", " ") }, words: q.condition.replaceAll("_", " ") } : null;
    case "price":
      return typeof q.desiredPrice === "number" ? { value: { amount: q.desiredPrice }, words: money(q.desiredPrice) } : null;
    case "budget": {
      const r = q.priceRange as { min?: number; max?: number } | undefined;
      return r ? { value: { min: r.min, max: r.max }, words: `${money(r.min ?? 0)} to ${money(r.max ?? 0)}` } : null;
    }
    case "pre_approval":
      return typeof q.preApproved === "boolean" ? { value: { value: q.preApproved, ...(q.preApproved ? { amount: q.preApprovalAmount, lender: q.lender } : {}) }, words: q.preApproved ? `Pre-approved with ${String(q.lender)}` : "Not pre-approved yet" } : null;
    case "bedrooms":
      return typeof q.bedrooms === "number" ? { value: { count: q.bedrooms }, words: `${q.bedrooms} bedrooms` } : null;
    case "yard":
      return typeof q.wantsYard === "boolean" ? { value: { value: q.wantsYard }, words: q.wantsYard ? "Wants a yard" : "A yard is not a must" } : null;
    case "move_in":
      return typeof q.moveInTimeline === "string" ? { value: { text: q.moveInTimeline, ...(timelineDays ? { days: timelineDays } : {}) }, words: q.moveInTimeline } : null;
  }
}

const FIELDS: Record<"seller" | "buyer", readonly QualificationField[]> = {
  seller: ["address", "motivation", "timeline", "condition", "price"],
  buyer: ["budget", "pre_approval", "bedrooms", "yard", "move_in"],
};

/**
 * A qualification answer for every field a client's qualification knows, pointing at the inbound
 * message that said it when the conversation asked the question and the client replied; the
 * excerpt is the client's words (or the answer as the form gave it).
 */
export function buildQualificationAnswers(ctx: SeedContext, walks: Map<string, QuestionWalk>): void {
  const rng = ctx.rng("qualification-answers");
  for (const c of ctx.clients) buildFor(ctx, c, walks.get(c.id), () => rng.uuid());
}

function buildFor(ctx: SeedContext, c: ClientInfo, walk: QuestionWalk | undefined, ids: () => string): void {
  const q = (c.row.qualification ?? {}) as Known;
  const quality = Math.round(Number(q.answerQuality ?? 0.8) * 100);
  for (const field of FIELDS[c.pipeline]) {
    const known = knownAnswer(field, q, c.row.timelineDays ?? null);
    if (!known) continue;
    const source = walk?.source.get(field) ?? null;
    ctx.data.qualificationAnswers.push({
      organizationId: ctx.orgId, id: ids(), clientId: c.id, field, value: known.value, excerpt: (source?.body ?? known.words).slice(0, 500),
      sourceInteractionId: source?.id ?? null, quality: Math.max(0, Math.min(100, quality)), extractedAt: source?.occurredAt ?? c.createdAt,
    });
  }
}
