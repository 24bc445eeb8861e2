import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getVisibleAppointment } from "@/lib/db/queries/appointments";
import { can } from "@/lib/domain/auth/permissions";
import { appointmentInvite, inviteFileName } from "@/lib/domain/appointments/invite";
import type { AppointmentKind } from "@/lib/domain/team/vocabulary";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const notFound = () => Response.json({ error: "No such appointment among those you can see." }, { status: 404 });

/**
 * GET /calendar/{id}/ics: one appointment as an .ics invite to add to one's own calendar app.
 * Answers 401 to nobody signed in, 403 to a role that reads no clients, and 404 unless the
 * appointment is on the viewer's seat, on a client their seat works, or the viewer sees every client.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to download the invite." }, { status: 401 });
  if (!can(viewer.permissions, "clients.read_own") && !can(viewer.permissions, "clients.read_all")) return Response.json({ error: "Your role cannot read clients or their appointments." }, { status: 403 });
  const id = z.guid().safeParse((await params).id);
  if (!id.success) return notFound();
  const a = await getVisibleAppointment(getDb(), viewer, id.data);
  if (!a) return notFound();
  const invite = { ...a, kind: a.kind as AppointmentKind, clientName: `${a.clientFirstName} ${a.clientLastName}`.trim() };
  return new Response(appointmentInvite(invite), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${inviteFileName(invite)}"`,
      "cache-control": "private, no-store",
    },
  });
}
