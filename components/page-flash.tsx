"use client";

import { useEffect, useSyncExternalStore } from "react";

/**
 * A page's message line in a corner, for the outcome of an action whose own form leaves the page
 * (an answered offer, a completed task): `flash(message)` shows it, `<Flash />` renders it and
 * forgets it when the page is left. Each page gets its own from `createPageFlash`.
 */
export function createPageFlash(testId: string) {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  function flash(message: string | null): void {
    current = message;
    listeners.forEach((listener) => listener());
  }
  function Flash() {
    const message = useSyncExternalStore(subscribe, () => current, () => null);
    useEffect(() => () => {
      current = null;
    }, []);
    return (
      <div role="status" aria-live="polite" className={message ? "fixed inset-x-4 bottom-4 z-30 sm:left-auto sm:right-6 sm:w-96" : "sr-only"}>
        {message ? (
          <p className="flex items-start justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800 shadow-lg">
            <span className="min-w-0" data-testid={testId}>{message}</span>
            <button type="button" onClick={() => flash(null)} aria-label="Dismiss" className="-my-2 -mr-2 flex h-11 w-11 shrink-0 items-center justify-center rounded text-lg leading-none hover:bg-emerald-100">×</button>
          </p>
        ) : null}
      </div>
    );
  }
  return { flash, Flash };
}
