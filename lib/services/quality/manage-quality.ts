import { can } from "@/lib/domain/auth/permissions";
import type { ViewerRecord } from "@/lib/db/queries/users";

/** True for people who may act on a seat's quality: managing escalations or the team. */
export function canManageQuality(viewer: Pick<ViewerRecord, "permissions">): boolean {
  return can(viewer.permissions, "escalations.manage") || can(viewer.permissions, "team.manage");
}

/** The refusal for everyone else, in words. */
export const MANAGE_REFUSAL = "Only Jorge, or someone he allows to manage the team or escalations, can record corrective actions.";

/** "coaching_note" -> "a coaching note": how an action is named in audit summaries and live events. */
export const ACTION_WORDS: Record<string, string> = {
  coaching_note: "a coaching note",
  template_change: "a template change",
  seat_paused: "a pause",
};
