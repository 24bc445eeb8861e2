import { scoreLead, type LeadScore } from "../qualification/lead-score";
import type { ConversationState, QualificationField } from "../team/vocabulary";
import type { ExtractedAnswer } from "./answer";
import { extractAnswers } from "./extract-answers";
import { detectLanguage, type ConversationLanguage } from "./language";
import { parsePlanReplyInput, type PlanReplyFacts, type PlanReplyInput } from "./plan-input";
import { answersToQualification, type QualificationPatch } from "./qualification-patch";
import { answeredFields, nextQuestion } from "./question-flow";
import { composeSms, replyPart, type ReplyPart } from "./reply-text";
import { stageAfter } from "./stage-after";

export const REPLY_ACTIONS = ["first_touch", "ask", "handoff", "escalate", "disclose", "confirm_opt_out", "confirm_opt_in", "close", "silent"] as const;
export type ReplyAction = (typeof REPLY_ACTIONS)[number];

/** What the AI seat does with one inbound message: the reply (if any) and everything the caller writes. */
export interface ReplyPlan {
  action: ReplyAction;
  /** The templates the text was built from, main one first; empty when silent. */
  templateKeys: string[];
  text: string | null;
  language: ConversationLanguage;
  /** The answers this message gave (to store in qualification_answers). */
  answers: ExtractedAnswer[];
  /** Qualification keys and client columns over all the client's answers. */
  patch: QualificationPatch;
  /** The conversation row after this message; stoppedReason is set only when this message stops the AI seat. */
  conversation: { state: ConversationState; lastQuestion: QualificationField | null; stoppedReason: string | null };
  lead: LeadScore;
  stage: string;
  /** Whether the message moved qualification forward (for the unproductive-exchange count). */
  productive: boolean;
  /** A hot lead's call task is due by then (2 hours); null otherwise. */
  callTaskDueAt: Date | null;
  reason: string;
  /** Stored templates set aside for the default, in words, for the overseer. */
  templateProblems: string[];
}

const HANDOFF_WITHIN_MS = 2 * 60 * 60 * 1000;

/** The reply's parts in order; the first always goes, the rest while the SMS stays within 320 characters. */
function build(f: PlanReplyFacts, language: ConversationLanguage, keys: readonly string[]): { text: string | null; used: ReplyPart[]; problems: string[] } {
  const vars = { firstName: f.client.firstName?.trim() || (language === "es" ? "" : "there"), seatFirstName: f.humanSeat?.firstName ?? "" };
  const parts = keys.map((k) => replyPart(k, language, vars, f.templates)).filter((p): p is ReplyPart => p !== null);
  const { text, used } = composeSms(parts);
  return { text: text || null, used, problems: parts.map((p) => p.problem).filter((p): p is string => p !== null) };
}

/**
 * The AI seat's decision for one inbound message, in Jorge's method. An opted-out client gets
 * one confirmation and then silence until they reply START; a conversation a person holds
 * (handed off, escalated, paused) stays silent, though answers are still read. An escalation
 * finding stops the AI with word that a person follows; a lead that turns hot is handed to a
 * person who calls within 2 hours (the text names `humanSeat` when given). Otherwise the next
 * unanswered question, after the first touch on a first message and after the disclosure when
 * the client asks whether this is a machine (SB 1001); with all answered, a polite close.
 * Throws a RangeError naming every bad input field.
 */
export function planReply(input: PlanReplyInput): ReplyPlan {
  const parsed = parsePlanReplyInput(input);
  if (!parsed.ok) throw new RangeError(`planReply cannot decide: ${parsed.errors.join("; ")}`);
  const f = parsed.value;
  const { client, conversation, signals } = f;
  const language = detectLanguage(f.message.text, client.language);
  const answers = extractAnswers(f.message.text, { pipeline: client.pipeline, lastQuestion: conversation.lastQuestion, now: f.now, timeZone: client.timeZone, language });
  const all = [...client.answers.filter((a) => !answers.some((n) => n.field === a.field)), ...answers];
  const patch = answersToQualification(all);
  const qualification = { ...client.qualification, ...patch.qualification };
  const facts = { ...client, ...patch.columns, qualification };
  const lead = scoreLead(facts);
  const stage = stageAfter({ pipeline: client.pipeline, stage: client.stage, temperature: lead.temperature, preApproved: facts.preApproved });
  const answered = answeredFields(client.pipeline, facts, all);
  const next = nextQuestion({ pipeline: client.pipeline, type: client.type, answered, language });
  const learned = answers.length ? `Read ${answers.map((a) => a.field).join(", ")}. ` : "";

  const plan = (action: ReplyAction, keys: readonly string[], state: ConversationState, reason: string, extra: Partial<ReplyPlan> = {}): ReplyPlan => {
    const { text, used, problems } = build(f, language, keys);
    const asked = next && used.some((p) => p.key === next.templateKey) ? next.field : null;
    const stopped = state !== "active" && state !== conversation.state ? reason : null;
    return {
      action, templateKeys: used.map((p) => p.key), text, language, answers, patch, lead, stage, productive: answers.length > 0, callTaskDueAt: null, reason: `${learned}${reason}`, templateProblems: problems,
      ...extra,
      conversation: { state, lastQuestion: asked ?? conversation.lastQuestion, stoppedReason: stopped },
    };
  };
  const silent = (reason: string) => ({ ...plan("silent", [], conversation.state, reason), text: null, templateKeys: [] });
  const disclosure = signals.asksIfBot ? ["disclosure"] : [];

  if (conversation.state === "opted_out") {
    return signals.optIn ? plan("confirm_opt_in", ["opt_in_confirmation"], "active", "The client replied START: texts may resume.") : silent("The client opted out: nothing is sent until they reply START.");
  }
  if (signals.optOut) return plan("confirm_opt_out", ["opt_out_confirmation"], "opted_out", "The client opted out: one confirmation, then no more texts.");
  if (conversation.state !== "active") return silent(`A person holds this conversation (${conversation.state.replace("_", " ")}): the AI seat stays quiet.`);
  const escalation = signals.escalations.find((e) => e.trigger !== "hot_qualified");
  if (escalation) return plan("escalate", [...disclosure, "escalated_to_person"], "escalated", `Escalated: ${escalation.summary}.`);
  if (lead.temperature === "hot" || signals.escalations.some((e) => e.trigger === "hot_qualified")) {
    const key = f.humanSeat ? "handoff_to_person" : "handoff_to_team";
    const who = f.humanSeat ? `${f.humanSeat.firstName} calls` : "a person on the team calls";
    return plan("handoff", [...disclosure, key], "handed_off", `Hot lead (score ${lead.score}): ${who} within 2 hours.`, { callTaskDueAt: new Date(f.now.getTime() + HANDOFF_WITHIN_MS) });
  }
  const question = next ? [next.templateKey] : [];
  if (signals.isFirstMessage) {
    return plan("first_touch", [`first_touch.${client.pipeline}`, ...question], "active", next ? `First touch, then the first open question: ${next.field}.` : "First touch; every question is already answered.");
  }
  if (signals.asksIfBot) return plan("disclose", ["disclosure", ...question], "active", next ? `Said it is automated (SB 1001), then asked about ${next.field}.` : "Said it is automated (SB 1001).");
  if (next) return plan("ask", question, "active", `Asked the next of Jorge's ${client.pipeline} questions: ${next.field} (${answered.length} answered, ${lead.temperature}).`);
  return plan("close", ["qualified_close"], "handed_off", `Every question answered but the lead is ${lead.temperature}: a person follows up.`);
}
