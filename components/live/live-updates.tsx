"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { SSE_EVENT_NAME } from "@/lib/events/sse";
import { parseConsoleEvent, type ConsoleEvent } from "@/lib/events/types";
import { getLiveEvents, getLiveStatus, getServerLiveEvents, pushLiveEvent, resetLiveStore, setLiveStatus, subscribeLive, type LiveStatus } from "./live-store";

const REFRESH_DEBOUNCE_MS = 300;
const REOPEN_MIN_MS = 3_000;
const REOPEN_MAX_MS = 60_000;

/** The last 50 live events of this tab, newest first; empty on the server. */
export function useLiveEvents(): ConsoleEvent[] {
  return useSyncExternalStore(subscribeLive, getLiveEvents, getServerLiveEvents);
}

/** The state of this tab's live connection. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeLive, getLiveStatus, () => "connecting" as const);
}

/**
 * Keeps the console live: one EventSource to /api/events per tab. Each event is stored for the
 * activity feed, and a burst of events makes one React Query invalidation and one router refresh.
 * After a broken connection it refreshes once more to catch up on what it missed.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const router = useRouter();

  useEffect(() => {
    let source: EventSource | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let missedSome = false;

    const refreshSoon = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        void queryClient.invalidateQueries();
        router.refresh();
      }, REFRESH_DEBOUNCE_MS);
    };

    const open = () => {
      const current = new EventSource("/api/events");
      source = current;
      current.addEventListener("open", () => {
        failures = 0;
        setLiveStatus("live");
        if (missedSome) refreshSoon();
        missedSome = false;
      });
      current.addEventListener(SSE_EVENT_NAME, (message) => {
        const event = parseConsoleEvent((message as MessageEvent<string>).data);
        if (!event) return;
        pushLiveEvent(event);
        refreshSoon();
      });
      current.addEventListener("error", () => {
        missedSome = true;
        setLiveStatus("reconnecting");
        if (current.readyState !== EventSource.CLOSED) return;
        current.close();
        const delay = Math.min(REOPEN_MAX_MS, REOPEN_MIN_MS * 2 ** failures);
        failures += 1;
        reopenTimer = setTimeout(open, delay);
      });
    };

    open();
    return () => {
      clearTimeout(refreshTimer);
      clearTimeout(reopenTimer);
      source?.close();
      resetLiveStore();
    };
  }, [queryClient, router]);

  return null;
}
