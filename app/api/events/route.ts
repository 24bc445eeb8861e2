import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getViewerRecord } from "@/lib/db/queries/users";
import { subscribe } from "@/lib/events/hub";
import { canSeeEvent, formatSseEvent, SSE_HEARTBEAT_FRAME, SSE_RETRY_FRAME } from "@/lib/events/sse";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const HEARTBEAT_MS = 20_000;
/** Streams end after this long; the browser reconnects at once and its session is checked again. */
const MAX_STREAM_MS = 15 * 60_000;

/**
 * GET /api/events: the signed-in viewer's live console events as server-sent events. The
 * overseer and viewers see their whole organization; a team member sees the events that concern
 * their seat. Answers 401 when nobody is signed in. Each heartbeat checks the session again, so
 * a stream ends within one heartbeat of signing out, a password change or a disabled account.
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to receive live updates" }, { status: 401 });

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (frame: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(frame));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribe(viewer.organizationId, (event) => {
        if (canSeeEvent(viewer, event)) send(formatSseEvent(event));
      });
      const stillSignedIn = async () => {
        const live = viewer.sessionId ? await getViewerRecord(getDb(), viewer.organizationId, viewer.userId, viewer.sessionId).catch(() => viewer) : null;
        if (live) send(SSE_HEARTBEAT_FRAME);
        else cleanup();
      };
      const heartbeat = setInterval(() => void stillSignedIn(), HEARTBEAT_MS);
      const expiry = setTimeout(() => cleanup(), MAX_STREAM_MS);
      const onAbort = () => cleanup();
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe();
        request.signal.removeEventListener("abort", onAbort);
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader: nothing left to close.
        }
      };
      request.signal.addEventListener("abort", onAbort);
      send(SSE_RETRY_FRAME);
      if (request.signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
