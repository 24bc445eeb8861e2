/** One line of the activity feed: a live event or one the server rendered. */
export interface FeedItem {
  id: string;
  type: string;
  summary: string;
  at: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago an ISO time was, in words: "just now", "3 min ago", "2 h ago", "4 d ago". */
export function relativeTime(at: string, now: number): string {
  const elapsed = now - Date.parse(at);
  if (!Number.isFinite(elapsed) || elapsed < 45_000) return "just now";
  if (elapsed < HOUR) return `${Math.max(1, Math.floor(elapsed / MINUTE))} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  return `${Math.floor(elapsed / DAY)} d ago`;
}

/** Live items over the server's list: newest first, each id once (the live copy wins), at most limit. */
export function mergeFeed(live: readonly FeedItem[], initial: readonly FeedItem[], limit = 50): FeedItem[] {
  const byId = new Map<string, FeedItem>();
  for (const item of [...live, ...initial]) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id)).slice(0, limit);
}

/** The words of an event type for people: "assignment.timed_out" reads "Assignment timed out". */
export function eventTypeLabel(type: string): string {
  const words = type.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
