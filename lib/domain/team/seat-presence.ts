import type { Presence } from "./vocabulary";

/**
 * The presence the team and routing go by: a seat whose person's account is disabled is offline,
 * whatever presence it last set, so nobody routes to it or counts on it.
 */
export function seatPresence(presence: string, holderDisabledAt: Date | null): Presence {
  return holderDisabledAt ? "offline" : (presence as Presence);
}
