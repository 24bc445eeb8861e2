import { ACTION_DOORS } from "./access-matrix-actions";
import type { Door, PageDoor, RouteDoor } from "./access-matrix-doors";
import { answerFor, MATRIX_ROLES, samplesFor, type Answer, type Grants, type MatrixRole, type Sample } from "./access-matrix-rules";
import { DEFAULT_ROLE_PERMISSIONS } from "./permissions";

const notFound = { status: 404 } as const;
const consolePage = (dir: string) => `app/(console)${dir}/page.tsx`;

/** Every page of the console and what it requires; a refused signed-in person sees the page's not-found answer. */
export const PAGE_DOORS: readonly PageDoor[] = [
  { kind: "page", file: "app/login/page.tsx", pattern: "/login", requires: { kind: "signed-out" }, refusal: null },
  // The link in every email, open to anyone who holds it; a made-up token is not found (real ones: lib/services/clients/unsubscribe.test.ts).
  { kind: "page", file: "app/unsubscribe/[token]/page.tsx", pattern: "/unsubscribe/[token]", params: { token: "made-up-token" }, requires: { kind: "public" }, refusal: null, allowed: 404 },
  { kind: "page", file: consolePage(""), pattern: "/", requires: { kind: "signed-in" }, refusal: null },
  { kind: "page", file: consolePage("/clients"), pattern: "/clients", requires: { kind: "signed-in" }, refusal: null },
  { kind: "page", file: consolePage("/clients/[id]"), pattern: "/clients/[id]", requires: { kind: "own", own: "clients.read_own", all: "clients.read_all" }, refusal: notFound },
  { kind: "page", file: consolePage("/team"), pattern: "/team", requires: { kind: "signed-in" }, refusal: null },
  { kind: "page", file: consolePage("/account"), pattern: "/account", requires: { kind: "signed-in" }, refusal: null },
  { kind: "page", file: consolePage("/inbox"), pattern: "/inbox", requires: { kind: "permission", anyOf: ["clients.write_own", "clients.write_all"] }, refusal: notFound },
  { kind: "page", file: consolePage("/escalations"), pattern: "/escalations", requires: { kind: "permission", anyOf: ["escalations.manage"] }, refusal: notFound },
  { kind: "page", file: consolePage("/requests"), pattern: "/requests", requires: { kind: "permission", anyOf: ["requests.create"] }, refusal: notFound },
  { kind: "page", file: consolePage("/requests/new"), pattern: "/requests/new", requires: { kind: "permission", anyOf: ["requests.create"] }, refusal: notFound },
  { kind: "page", file: consolePage("/rebalance"), pattern: "/rebalance", requires: { kind: "permission", anyOf: ["team.manage"] }, refusal: notFound },
  { kind: "page", file: consolePage("/tasks"), pattern: "/tasks", requires: { kind: "signed-in" }, refusal: null },
  { kind: "page", file: consolePage("/calendar"), pattern: "/calendar", requires: { kind: "signed-in" }, refusal: null },
  // Jorge and viewers read every seat's report; a team member reads their own seat's, and another seat's answers 404.
  { kind: "page", file: consolePage("/quality"), pattern: "/quality", requires: { kind: "signed-in" }, refusal: null },
  { kind: "page", file: consolePage("/quality/[seatId]"), pattern: "/quality/[seatId]", sample: "seat", requires: { kind: "own", own: "clients.read_own", all: "reports.read" }, refusal: notFound },
  { kind: "page", file: consolePage("/settings"), pattern: "/settings", requires: { kind: "permission", anyOf: ["settings.manage"] }, refusal: notFound },
];

/** Every exported method of every route handler, with a sample request and what it answers when let in. */
export const ROUTE_DOORS: readonly RouteDoor[] = [
  { kind: "route", file: "app/api/auth/[...nextauth]/route.ts", pattern: "/api/auth/[...nextauth]", method: "GET", url: "/api/auth/session", requires: { kind: "public" }, allowed: 200 },
  // Auth.js answers every POST without its CSRF token with 400, whoever sends it.
  { kind: "route", file: "app/api/auth/[...nextauth]/route.ts", pattern: "/api/auth/[...nextauth]", method: "POST", url: "/api/auth/session", requires: { kind: "public" }, allowed: 400, body: "{}" },
  { kind: "route", file: "app/api/events/route.ts", pattern: "/api/events", method: "GET", url: "/api/events", requires: { kind: "signed-in" }, allowed: 200, stream: true },
  { kind: "route", file: "app/api/v1/requests/route.ts", pattern: "/api/v1/requests", method: "POST", url: "/api/v1/requests", requires: { kind: "token", scope: "requests" }, allowed: 400, body: "{}" },
  { kind: "route", file: "app/api/v1/conflicts/route.ts", pattern: "/api/v1/conflicts", method: "POST", url: "/api/v1/conflicts", requires: { kind: "token", scope: "conflicts" }, allowed: 400, body: "{}" },
  { kind: "route", file: "app/api/v1/clients/route.ts", pattern: "/api/v1/clients", method: "GET", url: "/api/v1/clients?ghlContactId=x", requires: { kind: "token", scope: "clients" }, allowed: 404 },
  { kind: "route", file: "app/api/v1/clients/[id]/route.ts", pattern: "/api/v1/clients/[id]", method: "GET", url: "/api/v1/clients/00000000-0000-4000-8000-000000000000", requires: { kind: "token", scope: "clients" }, allowed: 404 },
  { kind: "route", file: "app/api/v1/messages/review/route.ts", pattern: "/api/v1/messages/review", method: "POST", url: "/api/v1/messages/review", requires: { kind: "token", scope: "review" }, allowed: 400, body: "{}" },
  { kind: "route", file: "app/api/webhooks/ghl/route.ts", pattern: "/api/webhooks/ghl", method: "POST", url: "/api/webhooks/ghl", requires: { kind: "ghl-signature" }, allowed: 400, body: "{}" },
  // Who may read one appointment is checked per record (lib/db/queries/appointments.test.ts); here, an unknown one.
  { kind: "route", file: "app/(console)/calendar/[id]/ics/route.ts", pattern: "/calendar/[id]/ics", method: "GET", url: "/calendar/00000000-0000-4000-8000-000000000000/ics", requires: { kind: "signed-in" }, allowed: 404 },
  { kind: "route", file: "app/api/bench/baseline/route.ts", pattern: "/api/bench/baseline", method: "POST", url: "/api/bench/baseline", requires: { kind: "off", flag: "CONSOLE_BENCH_ROUTES" }, allowed: 200, body: "{}" },
  { kind: "route", file: "app/api/bench/baseline/route.ts", pattern: "/api/bench/baseline", method: "GET", url: "/api/bench/baseline", requires: { kind: "off", flag: "CONSOLE_BENCH_ROUTES" }, allowed: 400 },
];

/** The whole console: every page, route handler method and server action. */
export const ACCESS_MATRIX: readonly Door[] = [...PAGE_DOORS, ...ROUTE_DOORS, ...ACTION_DOORS];

/** One cell of the matrix: a door, a role, the sample record it is tried with, and the derived answer. */
export interface MatrixCase<D extends Door = Door> {
  door: D;
  role: MatrixRole;
  sample: Sample;
  answer: Answer;
}

/** Every case of the given doors: each role, with both samples for "own" doors, in role order. */
export function matrixCases<D extends Door>(doors: readonly D[], grants: Grants = DEFAULT_ROLE_PERMISSIONS): MatrixCase<D>[] {
  return doors.flatMap((door) =>
    MATRIX_ROLES.flatMap((role) => samplesFor(door.requires).map((sample) => ({ door, role, sample, answer: answerFor(door.requires, role, sample, grants) }))),
  );
}

/** The size of the matrix for the given doors, as a line for test output. */
export function matrixSize(doors: readonly Door[]): string {
  const cells = doors.length * MATRIX_ROLES.length;
  const cases = matrixCases(doors).length;
  return `access matrix: ${doors.length} entries × ${MATRIX_ROLES.length} roles = ${cells} cases (${cases} with own-record doors tried on a record of the team member's and on one of another seat's)`;
}
