import { getDatabase, type Database } from "@/lib/db/client";
import { CONSOLE_EVENTS_CHANNEL } from "./publish";
import { parseConsoleEvent, type ConsoleEvent } from "./types";

const RETRY_MS = 5000;

type Subscriber = (event: ConsoleEvent) => void;

export interface EventHub {
  /** Calls onEvent for every event of the organization until the returned function is called. */
  subscribe(organizationId: string, onEvent: Subscriber): () => void;
  /** Resolves once the database listener has started or stopped, whichever is under way. */
  settled(): Promise<void>;
  /** How many subscribers are connected, across organizations. */
  size(): number;
}

/**
 * A hub over one database: it listens on the events channel while anyone is subscribed, with
 * one listener however many subscribers, and hands each event to its organization's subscribers.
 */
export function createHub(database: Database | (() => Database)): EventHub {
  const resolveDatabase = typeof database === "function" ? database : () => database;
  const byOrganization = new Map<string, Set<Subscriber>>();
  let count = 0;
  let listening: Promise<(() => Promise<void>) | null> | null = null;
  let transition: Promise<unknown> = Promise.resolve();

  const deliver = (payload: string) => {
    const event = parseConsoleEvent(payload);
    if (!event) return;
    for (const subscriber of [...(byOrganization.get(event.organizationId) ?? [])]) {
      try {
        subscriber(event);
      } catch (error) {
        console.error("A live-event subscriber failed", error);
      }
    }
  };

  const start = () => {
    const started = transition.then(() => resolveDatabase().listen(CONSOLE_EVENTS_CHANNEL, deliver)).catch((error: unknown) => {
      console.error("Could not listen for console events; trying again in 5 s", error);
      if (listening === started) {
        listening = null;
        setTimeout(() => {
          if (count > 0 && !listening) start();
        }, RETRY_MS).unref();
      }
      return null;
    });
    listening = started;
    transition = started;
  };

  const stop = () => {
    const started = listening;
    listening = null;
    transition = (started ?? Promise.resolve(null))
      .then((unlisten) => unlisten?.())
      .catch((error: unknown) => console.error("Could not stop listening for console events", error));
  };

  return {
    subscribe(organizationId, onEvent) {
      const entry: Subscriber = (event) => onEvent(event);
      const set = byOrganization.get(organizationId) ?? new Set<Subscriber>();
      set.add(entry);
      byOrganization.set(organizationId, set);
      count += 1;
      if (!listening) start();
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        set.delete(entry);
        if (set.size === 0 && byOrganization.get(organizationId) === set) byOrganization.delete(organizationId);
        count -= 1;
        if (count === 0) stop();
      };
    },
    settled: () => transition.then(() => undefined),
    size: () => count,
  };
}

const globalForHub = globalThis as unknown as { __consoleEventHub?: EventHub };

/** The process-wide hub over the app's database, shared by every route bundle. */
export function getHub(): EventHub {
  globalForHub.__consoleEventHub ??= createHub(getDatabase);
  return globalForHub.__consoleEventHub;
}

/** Subscribes to the live events of one organization in this process; returns the unsubscribe. */
export function subscribe(organizationId: string, onEvent: (event: ConsoleEvent) => void): () => void {
  return getHub().subscribe(organizationId, onEvent);
}
