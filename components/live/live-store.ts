import type { ConsoleEvent } from "@/lib/events/types";

/** How the browser's live connection stands. */
export type LiveStatus = "connecting" | "live" | "reconnecting";

/** How many recent events the browser keeps. */
export const LIVE_EVENTS_KEPT = 50;

const NO_EVENTS: ConsoleEvent[] = [];
let events: ConsoleEvent[] = NO_EVENTS;
let status: LiveStatus = "connecting";
const listeners = new Set<() => void>();

const emit = () => listeners.forEach((listener) => listener());

/** Registers a listener for changes of the events or the status; returns the unregister. */
export function subscribeLive(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The recent events, newest first; the same array until something changes. */
export function getLiveEvents(): ConsoleEvent[] {
  return events;
}

/** No events: what the server renders, before the browser has connected. */
export function getServerLiveEvents(): ConsoleEvent[] {
  return NO_EVENTS;
}

/** The connection's current status. */
export function getLiveStatus(): LiveStatus {
  return status;
}

/** Keeps an event at the front of the list, once per id, dropping the oldest beyond the limit. */
export function pushLiveEvent(event: ConsoleEvent): void {
  if (events.some((known) => known.id === event.id)) return;
  events = [event, ...events].slice(0, LIVE_EVENTS_KEPT);
  emit();
}

/** Records a change of the connection's status. */
export function setLiveStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  emit();
}

/** Forgets every event and the status, so the next person signed in on this tab starts empty. */
export function resetLiveStore(): void {
  events = NO_EVENTS;
  status = "connecting";
  emit();
}
