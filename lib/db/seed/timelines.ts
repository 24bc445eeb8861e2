import { QUESTION_ORDER } from "../../domain/compliance/question-order";
import type { QualificationField } from "../../domain/team/vocabulary";
import type { InteractionRow, SeedContext } from "./types";

const WRITTEN = new Set(["sms", "email", "chat", "social"]);

/** Every client's interactions in the order they happened (ties keep the order they were written). */
export function timelinesByClient(ctx: SeedContext): Map<string, InteractionRow[]> {
  const out = new Map<string, InteractionRow[]>();
  for (const row of ctx.data.interactions) {
    const list = out.get(row.clientId);
    if (list) list.push(row);
    else out.set(row.clientId, [row]);
  }
  for (const list of out.values()) list.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
  return out;
}

/** What one client's written conversation asked and answered, step by step of Jorge's order. */
export interface QuestionWalk {
  /** The fields the client had answered before each outbound message (by interaction id). */
  answeredBefore: Map<string, readonly QualificationField[]>;
  /** The client's reply that answered each field: the first written inbound message after the question. */
  source: Map<QualificationField, InteractionRow>;
  /** The fields asked, in the order first asked. */
  asked: QualificationField[];
}

/** The fields a message asks about: its questions matched against Jorge's order for the pipeline. */
export function fieldsAsked(body: string, pipeline: "seller" | "buyer"): QualificationField[] {
  if (!body.includes("?")) return [];
  const questions = body.split(/(?<=[.?!])\s+/).filter((s) => s.trim().endsWith("?"));
  const out: QualificationField[] = [];
  for (const q of questions) {
    const step = QUESTION_ORDER[pipeline].find((s) => s.pattern.test(q));
    if (step) for (const f of step.fields) if (!out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * Walks a client's timeline the way the reviewer and the conversation see it: the written reply
 * to the last time a question was asked answers that question's fields, when the client's
 * qualification knows them (a reply to an earlier ask that the seat had to repeat did not). Before
 * each outbound message, the known fields of the steps ahead of its question count as answered too:
 * the address came with the request, and the seeded conversations keep Jorge's order.
 */
export function walkQuestions(rows: readonly InteractionRow[], pipeline: "seller" | "buyer", known: (field: QualificationField) => boolean): QuestionWalk {
  const walk: QuestionWalk = { answeredBefore: new Map(), source: new Map(), asked: [] };
  const written = rows.filter((r) => WRITTEN.has(r.channel) && r.direction !== "internal");
  const replyAt = new Map<QualificationField, number>();
  let pending: QualificationField[] = [];
  written.forEach((row, i) => {
    if (row.direction === "outbound") {
      pending = fieldsAsked(row.body, pipeline).filter(known);
      for (const f of pending) if (!walk.asked.includes(f)) walk.asked.push(f);
    } else if (pending.length) {
      for (const f of pending) {
        walk.source.set(f, row);
        replyAt.set(f, i);
      }
      pending = [];
    }
  });
  const steps = QUESTION_ORDER[pipeline];
  const stepOf = (f: QualificationField) => steps.findIndex((s) => s.fields.includes(f));
  written.forEach((row, i) => {
    if (row.direction !== "outbound") return;
    const replied = [...replyAt].filter(([, at]) => at < i).map(([f]) => f);
    const asks = fieldsAsked(row.body, pipeline);
    const first = asks.length ? Math.min(...asks.map(stepOf)) : -1;
    const earlier = steps.slice(0, Math.max(0, first)).flatMap((s) => s.fields).filter((f) => known(f) && !replied.includes(f) && !asks.includes(f));
    walk.answeredBefore.set(row.id!, [...replied, ...earlier]);
  });
  return walk;
}
