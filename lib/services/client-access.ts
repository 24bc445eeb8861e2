import { can } from "@/lib/domain/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { clientReach, scopeOf } from "@/lib/db/queries/scope";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { fail, ok, type Result } from "./result";

/** What a seat holding only a pending offer hears when it tries to act on the client. */
export const ACCEPT_OFFER_FIRST = "Accept the offer in your Inbox first: until then you see the offer preview only, and cannot act on the client.";

/** What a role that may read clients but not change them hears on every client action. */
export const READ_ONLY_ROLE = "Your role can read clients but not write on them; ask Jorge for team-member access.";

/** The refusal for a viewer whose role may not change clients, or null when it may. */
export function writeRefusal(viewer: Pick<ViewerRecord, "permissions">): Result<never> | null {
  return can(viewer.permissions, "clients.write_own") || can(viewer.permissions, "clients.write_all") ? null : fail(403, READ_ONLY_ROLE);
}

/**
 * Refuses an action on a client unless the viewer's role may change clients and the viewer
 * reaches the whole client (its owner seat, an accepted place on its team, or someone who sees
 * every client); the caller still checks the place (lead, owner) its action needs.
 *
 * A stranger hears 404 with the caller's message, so other seats' clients stay invisible. A seat
 * holding only a pending offer hears 403 instead: it already sees the offer preview and the
 * offer in its Inbox, so the client's existence is no secret to it, and a "not found" would be
 * false and leave it guessing; 403 tells it the one step that opens the client.
 */
export async function requireWholeClient(db: Db | Tx, viewer: ViewerRecord, clientId: string, strangerMessage: string): Promise<Result<null>> {
  const refused = writeRefusal(viewer);
  if (refused) return refused;
  const reach = await clientReach(db, scopeOf(viewer), clientId);
  if (reach === null) return fail(404, strangerMessage);
  if (reach === "preview") return fail(403, ACCEPT_OFFER_FIRST);
  return ok(null);
}
