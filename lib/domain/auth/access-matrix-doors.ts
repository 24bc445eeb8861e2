import type { Answer, Requirement, Sample } from "./access-matrix-rules";

/** What a page shows a signed-in person it refuses: its not-found page, a redirect, or a notice at 200. */
export type PageRefusal = { status: 404 } | { status: 307; location: string } | { status: 200; notice: string };

/** A page: app/**\/page.tsx, by its URL pattern ("/clients/[id]"). */
export interface PageDoor {
  kind: "page";
  file: string;
  pattern: string;
  requires: Requirement;
  refusal: PageRefusal | null;
  /** Values for dynamic segments that are not the sample record ("own" doors fill theirs with it). */
  params?: Record<string, string>;
  /** What the sample record of an "own" door is: a client (the default) or the seat itself. */
  sample?: "client" | "seat";
  /** The status when let in, for a page tried with a made-up record (200 unless said). */
  allowed?: number;
}

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One exported method of a route handler (app/**\/route.ts), tried at a sample URL with a minimal body. */
export interface RouteDoor {
  kind: "route";
  file: string;
  pattern: string;
  method: HttpMethod;
  url: string;
  requires: Requirement;
  /** The status the sample request answers when the door lets the caller in. */
  allowed: number;
  /** A live stream (server-sent events): let in means text/event-stream headers, read no further. */
  stream?: true;
  body?: string;
}

/** Ids of records the action tests create, each as the team member's own and as another seat's. */
export interface ActionSampleIds {
  client: Record<Sample, string>;
  /** The seat working each sample client. */
  seat: Record<Sample, string>;
  /** A seat on neither sample client, to offer or hand to. */
  freeSeat: string;
  offer: Record<Sample, string>;
  handoff: Record<Sample, string>;
  /** A live sign-in session of the team member's, and one of another person's. */
  session: Record<Sample, string>;
  escalation: string;
  /** A task of each sample seat on its sample client. */
  task: Record<Sample, string>;
  /** A seat notice to each sample seat. */
  notice: Record<Sample, string>;
  /** A message held by the quality gate on each sample client. */
  heldMessage: Record<Sample, string>;
  /** One of the team's markets. */
  market: string;
  /** A team member who is neither sample's seat, to reassign to or disable. */
  person: string;
  apiToken: string;
  /** A due date an hour ahead, as a date-time field sends it (business local time). */
  dueAt: string;
}

/** One export of a "use server" file: what it needs, the words it refuses with, and a form to call it with. */
export interface ActionDoor {
  kind: "action";
  file: string;
  name: string;
  requires: Requirement;
  /** Every message the action answers when it refuses access (lacking a permission, or not yours). */
  refusals: readonly string[];
  /** A form that passes validation, so the call reaches the access check. */
  input(ids: ActionSampleIds, sample: Sample): Record<string, string>;
}

/** Builds an action door; the refusals are the services' own words. */
export function actionDoor(file: string, name: string, requires: Requirement, refusals: readonly string[], input: ActionDoor["input"]): ActionDoor {
  return { kind: "action", file, name, requires, refusals, input };
}

export type Door = PageDoor | RouteDoor | ActionDoor;

/** A door's name in test titles and messages: its URL, its method and URL, or its file and export. */
export function doorName(door: Door): string {
  if (door.kind === "page") return `page ${door.pattern}`;
  if (door.kind === "route") return `${door.method} ${door.pattern}`;
  return `action ${door.name} (${door.file})`;
}

export interface HttpExpectation {
  status: number;
  location?: string;
  /** Words the page shows when it refuses with a notice instead of a status. */
  notice?: string;
  eventStream?: true;
}

/** The HTTP answer a page gives for an answer of the matrix. */
export function pageExpectation(door: PageDoor, answer: Answer): HttpExpectation {
  if (answer === "allowed") return { status: door.allowed ?? 200 };
  if (answer === "sign-in") return { status: 307, location: "/login" };
  if (answer === "sent-on") return { status: 307, location: "/" };
  if (answer === "not-yours" || answer === "off") return { status: 404 };
  if (answer === "refused" && door.refusal) {
    const { refusal } = door;
    return { status: refusal.status, ...("location" in refusal ? { location: refusal.location } : {}), ...("notice" in refusal ? { notice: refusal.notice } : {}) };
  }
  throw new Error(`${doorName(door)} answers "${answer}" but declares no refusal`);
}

/** The HTTP answer a route handler gives for an answer of the matrix. */
export function routeExpectation(door: RouteDoor, answer: Answer): HttpExpectation {
  if (answer === "allowed") return door.stream ? { status: door.allowed, eventStream: true } : { status: door.allowed };
  if (answer === "sign-in" || answer === "credential") return { status: 401 };
  if (answer === "refused") return { status: 403 };
  if (answer === "not-yours" || answer === "off") return { status: 404 };
  throw new Error(`${doorName(door)} cannot send a signed-in person on`);
}

/** What a server action answers: it runs, says the session expired, or refuses with one of its messages. */
export type ActionExpectation = "runs" | "session-expired" | "refused";

/** The action's answer for an answer of the matrix. */
export function actionExpectation(door: ActionDoor, answer: Answer): ActionExpectation {
  if (answer === "allowed") return "runs";
  if (answer === "sign-in") return "session-expired";
  if (answer === "refused" || answer === "not-yours") return "refused";
  throw new Error(`${doorName(door)} is an action; "${answer}" does not apply to it`);
}
