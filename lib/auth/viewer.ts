import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Permission } from "@/lib/domain/auth/permissions";
import { can } from "@/lib/domain/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { auth } from "./config";

export type Viewer = ViewerRecord;

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * The signed-in person for this request, read once per render, or null. The cookie must name
 * a live session row (not signed out, not expired) of an enabled user; a cookie from before
 * session rows existed names none and asks to sign in again.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.organizationId || !user.sessionId) return null;
  return getViewerRecord(getDb(), user.organizationId, user.id, user.sessionId);
});

/** The viewer, or a redirect to the login page that says why (expired versus never signed in). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  const jar = await cookies();
  const hadSession = SESSION_COOKIES.some((name) => jar.has(name));
  redirect(hadSession ? "/login?reason=expired" : "/login");
}

/** True when the viewer holds the permission. */
export function viewerCan(viewer: Viewer, permission: Permission): boolean {
  return can(viewer.permissions, permission);
}
