"use client";

import { useMemo, useSyncExternalStore } from "react";
import { eventTypeLabel, mergeFeed, relativeTime, type FeedItem } from "@/lib/events/feed";
import { useLiveEvents } from "./live-updates";

const TICK_MS = 30_000;
let now = 0;

function subscribeClock(onTick: () => void): () => void {
  now = Date.now();
  const timer = setInterval(() => {
    now = Date.now();
    onTick();
  }, TICK_MS);
  return () => clearInterval(timer);
}

function readClock(): number {
  if (now === 0) now = Date.now();
  return now;
}

/** The current time, updated every 30 s in the browser; null on the server and while hydrating. */
function useNow(): number | null {
  return useSyncExternalStore(subscribeClock, readClock, () => null);
}

const BADGES: Record<string, string> = {
  assignment: "bg-brand-50 text-brand-700 ring-brand-100",
  handoff: "bg-violet-50 text-violet-700 ring-violet-200",
  escalation: "bg-red-50 text-red-700 ring-red-200",
  conflict: "bg-orange-50 text-orange-700 ring-orange-200",
  request: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  thread: "bg-sky-50 text-sky-700 ring-sky-200",
  task: "bg-amber-50 text-amber-800 ring-amber-200",
};
const badgeClass = (type: string) => BADGES[type.split(".")[0] ?? ""] ?? "bg-slate-50 text-slate-700 ring-slate-200";

/**
 * What happened lately, newest first: the server's list with live events merged over it as they
 * arrive, each with its kind and how long ago it was.
 */
export function ActivityFeed({ initial }: { initial: FeedItem[] }) {
  const live = useLiveEvents();
  const current = useNow();
  const items = useMemo(() => mergeFeed(live, initial), [live, initial]);

  if (items.length === 0) {
    return <p data-testid="activity-feed-empty" className="py-6 text-center text-sm text-slate-500">Nothing has happened yet today</p>;
  }
  return (
    <ol data-testid="activity-feed" aria-label="Recent activity" className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="grid grid-cols-[1fr_auto] items-start gap-x-3 gap-y-1 py-2.5 sm:grid-cols-[11rem_1fr_auto]">
          <span className={`max-w-full justify-self-start truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${badgeClass(item.type)}`}>
            {eventTypeLabel(item.type)}
          </span>
          <time dateTime={item.at} title={current === null ? undefined : new Date(item.at).toLocaleString()} className="whitespace-nowrap text-xs text-slate-500 sm:order-last">
            {current === null ? null : relativeTime(item.at, current)}
          </time>
          <p className="col-span-2 min-w-0 break-words text-sm text-slate-800 sm:col-span-1">{item.summary}</p>
        </li>
      ))}
    </ol>
  );
}
