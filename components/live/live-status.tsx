"use client";

import { useSyncExternalStore } from "react";
import { useLiveStatus } from "./live-updates";

/** Tailwind's lg breakpoint, where the sidebar replaces the phone's top bar. */
const WIDE = "(min-width: 64rem)";

function subscribeWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const LOOKS = {
  live: { text: "Live", label: "Live updates connected", dot: "bg-emerald-400" },
  connecting: { text: "Connecting…", label: "Live updates connecting", dot: "bg-amber-400 animate-pulse" },
  reconnecting: { text: "Reconnecting…", label: "Live updates interrupted, reconnecting", dot: "bg-amber-400 animate-pulse" },
} as const;

/**
 * The live connection's indicator for the app shell: a green dot and "Live", or an amber dot
 * while it reconnects. The shell places one in the sidebar and one in the phone's top bar; only
 * the one whose bar is showing renders, so the page holds a single indicator.
 */
export function LiveStatusIndicator({ placement }: { placement: "sidebar" | "header" }) {
  const wide = useSyncExternalStore(subscribeWidth, () => window.matchMedia(WIDE).matches, () => null);
  const status = useLiveStatus();
  if (wide === null || wide !== (placement === "sidebar")) return null;
  const look = LOOKS[status];
  return (
    <p role="status" aria-label={look.label} data-testid="live-status" data-state={status}
      className="inline-flex items-center gap-1.5 rounded-full border border-white/15 px-2 py-0.5 text-xs font-medium text-brand-100">
      <span aria-hidden="true" className={`size-2 rounded-full ${look.dot}`} />
      {look.text}
    </p>
  );
}
