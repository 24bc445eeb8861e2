"use client";

import { useCallback, useSyncExternalStore } from "react";

function subscribeToSeconds(onTick: () => void): () => void {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
}

/** The current time, whole seconds, so the snapshot stays the same between ticks. */
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * A live countdown to an offer's expiry, ticking every second. It renders the server's moment
 * first (so the page hydrates cleanly), turns red in the last minute and, once the time is up,
 * says the offer is falling back to the next seat.
 */
export function OfferCountdown({ expiresAt, renderedAt }: { expiresAt: string | null; renderedAt: string }) {
  const serverNow = useCallback(() => Date.parse(renderedAt), [renderedAt]);
  const now = useSyncExternalStore(subscribeToSeconds, currentSecond, serverNow);
  if (!expiresAt) return <span className="text-xs text-slate-500">No time limit</span>;
  const left = Date.parse(expiresAt) - now;
  if (left <= 0) {
    return <span role="timer" data-testid="offer-countdown" className="text-xs font-semibold text-red-700">Expired, falling back…</span>;
  }
  const urgent = left < 60_000;
  return (
    <span role="timer" data-testid="offer-countdown" aria-label={`Expires in ${clock(left)}`}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ${urgent ? "bg-red-50 text-red-700 ring-red-200" : "bg-slate-50 text-slate-700 ring-slate-200"}`}>
      Expires in {clock(left)}
    </span>
  );
}
