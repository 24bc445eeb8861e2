import { addMinutes, atLocalTime, localDate } from "./dates";
import { EMAIL_FOOTER, SMS_LIMIT } from "./message-text";
import type { InteractionRow, SeedContext } from "./types";

type Fix = (row: InteractionRow) => boolean;
type Spec = readonly [rule: string, level: "warn" | "info", code: string, excerpt: string, count: number, message: string, fix: (ctx: SeedContext, phrase: string) => Fix];

const appendSentence = (sentence: string) => (): Fix => (row) => {
  const body = row.channel === "email" ? row.body.replace("\n\n", ` ${sentence}\n\n`) : `${row.body} ${sentence}`;
  if (row.channel === "sms" && body.length > SMS_LIMIT) return false;
  row.body = body;
  return true;
};

const SPECS: readonly Spec[] = [
  ["fair_housing", "warn", "great_for_families", "great for families", 6, "Describes who should live there (familial status). Describe the property instead, for example 'quiet cul-de-sac, large backyard'.", appendSentence("The street is quiet and great for families.")],
  ["fair_housing", "warn", "safe_area", "safe neighborhood", 4, "'Safe' can steer buyers by who lives nearby. Point to facts a buyer can check, such as distance to parks.", appendSentence("It's a really safe neighborhood.")],
  ["fair_housing", "warn", "exclusive", "exclusive community", 3, "'Exclusive' can suggest some people are not welcome. Describe the amenities instead.", appendSentence("It sits in an exclusive community.")],
  ["fair_housing", "warn", "empty_nesters", "empty nesters", 2, "Refers to household makeup and age. Describe the floor plan instead, for example 'single-story, low-maintenance yard'.", appendSentence("Perfect for empty nesters.")],
  ["tone", "warn", "pushy_language", "act fast", 5, "Pushy phrasing; Jorge's standard is consultative. Give the facts and let the client set the pace.", appendSentence("You'll need to act fast before someone else grabs it.")],
  ["tone", "info", "exclamation_marks", "!!", 3, "Several exclamation marks in one message; keep it calm and professional.", appendSentence("Let me know!!")],
  ["tcpa", "warn", "quiet_hours", "sent after 9pm", 4, "Text sent after 9pm in the client's time zone; marketing texts go out between 8am and 9pm only.", (ctx) => (row) => {
    if (row.channel !== "sms") return false;
    const at = atLocalTime(localDate(row.occurredAt!), 21, 10 + (row.body.length % 45));
    if (at.getTime() <= row.occurredAt!.getTime() || at.getTime() >= ctx.asOf.getTime()) return false;
    row.occurredAt = at;
    return true;
  }],
  ["can_spam", "warn", "missing_postal_address", "no postal address", 3, "Marketing e-mail without the sender's postal address and unsubscribe line.", () => (row) => {
    if (row.channel !== "email" || !row.body.includes(EMAIL_FOOTER)) return false;
    row.body = row.body.replace(`\n${EMAIL_FOOTER}`, "");
    return true;
  }],
  ["methodology", "info", "skipped_timeline_question", "pricing before timeline", 4, "Seller conversation moved to pricing before asking whether a 30-45 day sale works.", () => () => true],
  // The question and the answer come after the client's last message, on the channel already in use.
  ["ai_disclosure", "info", "disclosed_when_asked", "automated assistant", 2, "Client asked whether a person was writing; the seat said it is automated, as SB 1001 requires.", (ctx) => {
    const ids = ctx.rng("findings-disclosure");
    return (row) => {
      const asked = addMinutes(row.occurredAt!, 25);
      if (addMinutes(asked, 2).getTime() >= ctx.asOf.getTime()) return false;
      ctx.data.interactions.push({ ...row }, { ...row, id: ids.uuid(), seatId: null, direction: "inbound", body: "Quick question, is this a real person or a bot?", occurredAt: asked, externalId: null });
      row.id = ids.uuid();
      row.body = "Good question. I'm an automated assistant on Jorge Salas's team. Jorge or a teammate can call you anytime you prefer.";
      row.occurredAt = addMinutes(asked, 2);
      row.externalId = null;
      return true;
    };
  }],
];

/** A few dozen quality findings on outbound messages, with the flagged text really in the message. */
export function buildQualityFindings(ctx: SeedContext): void {
  const rng = ctx.rng("findings");
  const english = new Set(ctx.clients.filter((c) => c.row.language === "en" && !c.optedOut).map((c) => c.id));
  const sellers = new Set(ctx.clients.filter((c) => c.pipeline === "seller").map((c) => c.id));
  const aiSeats = new Set(ctx.seats.filter((s) => s.kind === "ai").map((s) => s.id));
  const outbound = ctx.data.interactions.filter((r) => r.direction === "outbound" && (r.channel === "sms" || r.channel === "email") && english.has(r.clientId));
  const lastAt = new Map<string, number>();
  for (const r of ctx.data.interactions) lastAt.set(r.clientId, Math.max(lastAt.get(r.clientId) ?? 0, r.occurredAt!.getTime()));
  const isLast = (row: InteractionRow) => lastAt.get(row.clientId) === row.occurredAt!.getTime();
  const candidates = rng.sample(outbound, Math.min(outbound.length, 2000));
  const used = new Set<string>();
  for (const [rule, level, code, excerpt, count, message, fix] of SPECS) {
    const apply = fix(ctx, excerpt);
    let made = 0;
    for (const row of candidates) {
      if (made >= count) break;
      if (used.has(row.id!)) continue;
      if (rule === "methodology" && !sellers.has(row.clientId)) continue;
      if (rule === "ai_disclosure" && !aiSeats.has(row.seatId ?? "")) continue;
      if ((code === "quiet_hours" || rule === "ai_disclosure") && !isLast(row)) continue;
      if (!apply(row)) continue;
      used.add(row.id!);
      made++;
      ctx.data.qualityFindings.push({
        organizationId: ctx.orgId, id: rng.uuid(), interactionId: row.id, clientId: row.clientId, seatId: row.seatId, rule, level, code,
        excerpt: rule === "methodology" ? row.body.slice(0, 80) : excerpt, message, createdAt: addMinutes(row.occurredAt!, 0.02),
      });
    }
  }
}
