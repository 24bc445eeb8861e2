"use client";

import { useEffect, useSyncExternalStore } from "react";

let current: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Shows the outcome of an answer in a corner of the inbox. An answered offer or handoff leaves
 * the list as soon as the page refreshes, taking its own form with it, so its message lives here.
 */
export function flashInbox(message: string | null): void {
  current = message;
  listeners.forEach((listener) => listener());
}

/** The inbox's message line; forgets the message when the page is left. */
export function InboxFlash() {
  const message = useSyncExternalStore(subscribe, () => current, () => null);
  useEffect(() => () => {
    current = null;
  }, []);
  return (
    <div role="status" aria-live="polite" className={message ? "fixed inset-x-4 bottom-4 z-30 sm:left-auto sm:right-6 sm:w-96" : "sr-only"}>
      {message ? (
        <p data-testid="inbox-flash" className="flex items-start justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800 shadow-lg">
          <span className="min-w-0">{message}</span>
          <button type="button" onClick={() => flashInbox(null)} aria-label="Dismiss" className="shrink-0 rounded px-1 leading-none hover:bg-emerald-100">×</button>
        </p>
      ) : null}
    </div>
  );
}
