import { QUALIFICATION_FIELDS } from "../team/vocabulary";
import { readAddress } from "./address-answer";
import { mask, type ExtractedAnswer, type ExtractionContext, type Found } from "./answer";
import { readCondition } from "./condition-answer";
import { readBedrooms, readYard } from "./home-needs-answer";
import { readBudget, readPrice } from "./money-answer";
import { readMotivation } from "./motivation-answer";
import { readPreApproval } from "./pre-approval-answer";
import { reading, type Reading } from "./reading";
import { readMoveIn, readSellerTimeline } from "./timeline-answer";

/*
 * The readers in the order they run. Each one's words are blanked for the ones after it, so the
 * number in "123 Banyan St" is no price, "pre-approved for 700k" no budget and "60 days" no
 * bedroom count. Money runs late because a bare number is the weakest reading.
 */
const READERS: readonly ((r: Reading) => Found | null)[] = [
  readAddress, readPreApproval, readBedrooms, readYard, readSellerTimeline, readMoveIn, readPrice, readBudget, readCondition, readMotivation,
];
const MAX_TEXT = 2_000;

/**
 * Every qualification answer a client's message gives, at most one per field, in Jorge's field
 * order. The answer to the last question counts even when terse ("yes", "60 days", "850");
 * other fields only when the words state them clearly. Pure: the clock and zone come in `ctx`.
 */
export function extractAnswers(text: string, ctx: ExtractionContext): ExtractedAnswer[] {
  const original = text.slice(0, MAX_TEXT);
  let words = original;
  const answers: ExtractedAnswer[] = [];
  for (const read of READERS) {
    const found = read(reading(words, ctx, original));
    if (!found || answers.some((a) => a.field === found.answer.field)) continue;
    answers.push(found.answer);
    words = mask(words, found.spans);
  }
  return answers.sort((a, b) => QUALIFICATION_FIELDS.indexOf(a.field) - QUALIFICATION_FIELDS.indexOf(b.field));
}
