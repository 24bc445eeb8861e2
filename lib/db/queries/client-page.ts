import type { Db } from "../client";
import { listClientAppointments } from "./appointments";
import { getClientTeam, listSeatOptions, listThread } from "./client-team";
import { getClientTimeline } from "./client-timeline";
import { getClientInScope, hasActiveLead } from "./clients";
import { loadDossier } from "./dossier";
import { getOfferPreview, type OfferPreview } from "./offer-preview";
import { evidenceForClient } from "./satisfaction-evidence";
import { clientReach, scopeOf } from "./scope";

/** Everything the client page shows to someone who reaches the whole client, appointments included. */
async function loadWholeClient(db: Db, organizationId: string, found: NonNullable<Awaited<ReturnType<typeof getClientInScope>>>, now: Date) {
  const clientId = found.client.id;
  const [leadHeld, evidence, timeline, team, seatOptions, thread, dossier, appointments] = await Promise.all([
    hasActiveLead(db, organizationId, clientId),
    evidenceForClient(db, organizationId, clientId, 90, now),
    getClientTimeline(db, organizationId, clientId),
    getClientTeam(db, organizationId, clientId),
    listSeatOptions(db, organizationId),
    listThread(db, organizationId, clientId),
    loadDossier(db, organizationId, clientId, now),
    listClientAppointments(db, organizationId, clientId),
  ]);
  return { view: "whole" as const, ...found, leadHeld, evidence, timeline, team, seatOptions, thread, dossier, appointments };
}

export type WholeClientPage = Awaited<ReturnType<typeof loadWholeClient>>;
export type ClientPageData = { view: "preview"; preview: OfferPreview } | WholeClientPage;

/**
 * What the client page may show this viewer: the whole client (profile, team, thread, dossier,
 * appointments, timeline) when their seat owns it or holds an accepted place, or they see every client; only
 * the offer preview while their seat holds nothing but a pending offer; null (answer 404) when
 * the client is not theirs or does not exist.
 */
export async function loadClientPage(db: Db, viewer: { organizationId: string; seatId: string | null; permissions: readonly string[] }, clientId: string, now = new Date()): Promise<ClientPageData | null> {
  const scope = scopeOf(viewer);
  const reach = await clientReach(db, scope, clientId);
  if (reach === null) return null;
  if (reach === "preview") {
    const preview = viewer.seatId ? await getOfferPreview(db, viewer.organizationId, viewer.seatId, clientId) : null;
    return preview ? { view: "preview", preview } : null;
  }
  const found = await getClientInScope(db, scope, clientId);
  return found ? loadWholeClient(db, viewer.organizationId, found, now) : null;
}
