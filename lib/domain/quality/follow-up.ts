/** Where a corrective action stands: followed up, its follow-up date passed, or still ahead. */
export type FollowUpState = "done" | "due" | "scheduled";

/** The fields of a corrective action that decide its follow-up. */
export interface ActionDates {
  followUpAt: Date;
  followedUpAt: Date | null;
}

/** Days a new action waits for its follow-up unless the overseer picks another date. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;
/** The latest follow-up the form accepts, in days from the action. */
export const MAX_FOLLOW_UP_DAYS = 90;

/** Whether an action was followed up, is due for it (its date has come), or waits. */
export function followUpState(action: ActionDates, now: Date): FollowUpState {
  if (action.followedUpAt) return "done";
  return action.followUpAt.getTime() <= now.getTime() ? "due" : "scheduled";
}

/** The actions due for follow-up now, the longest overdue first. */
export function dueForFollowUp<T extends ActionDates>(actions: readonly T[], now: Date): T[] {
  return actions.filter((a) => followUpState(a, now) === "due").sort((a, b) => a.followUpAt.getTime() - b.followUpAt.getTime());
}
