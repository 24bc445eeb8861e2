import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { matrixCases, matrixSize, PAGE_DOORS, ROUTE_DOORS, type MatrixCase } from "../lib/domain/auth/access-matrix";
import { doorName, pageExpectation, routeExpectation, type HttpExpectation, type PageDoor, type RouteDoor } from "../lib/domain/auth/access-matrix-doors";
import { describeRequirement, MATRIX_ROLES, type MatrixRole, type Sample } from "../lib/domain/auth/access-matrix-rules";
import { member } from "./accounts";

// Every page and route handler of the console, requested as each role, answers what the access
// matrix derives from its requirement and the roles' permissions.

const SIGNED_IN: Record<Exclude<MatrixRole, "anonymous">, string> = { overseer: "e2e/.auth/overseer.json", agent: "e2e/.auth/member.json", viewer: "e2e/.auth/viewer.json" };
const PAGE_SIZE = 25;

let baseURL: string;
let as: Record<MatrixRole, APIRequestContext>;
/** A client of the team member's (Daniel's) and one his seat does not work. */
let sampleClient: Record<Sample, string>;
/** Daniel's own seat and another seat of the team. */
let sampleSeat: Record<Sample, string>;

/** The clients on one page of /clients as this role sees them, with whether the row is an offer preview only. */
async function listedClients(api: APIRequestContext, page: number): Promise<{ id: string; preview: boolean }[]> {
  const response = await api.get(`/clients?page=${page}`, { maxRedirects: 0 });
  expect(response.status(), "the clients list opens").toBe(200);
  return (await response.text()).split('data-testid="client-row"').slice(1).flatMap((row) => {
    const id = /href="\/clients\/([0-9a-f-]{36})"/.exec(row)?.[1];
    return id ? [{ id, preview: row.includes('data-testid="client-preview-badge"') }] : [];
  });
}

/** Finds the sample clients from the lists: Daniel's own (whole, not a preview) and one on Jorge's list Daniel does not see at all. */
async function findSampleClients(): Promise<Record<Sample, string>> {
  const daniels: { id: string; preview: boolean }[] = [];
  for (let page = 1; page <= 40; page++) {
    const rows = await listedClients(as.agent, page);
    daniels.push(...rows);
    if (rows.length < PAGE_SIZE) break;
  }
  const own = daniels.find((c) => !c.preview)?.id;
  const other = (await listedClients(as.overseer, 1)).find((c) => !daniels.some((d) => d.id === c.id))?.id;
  if (!own || !other) throw new Error(`the demo seed should give Daniel a client and leave some to others (found own ${own}, other ${other})`);
  return { own, other };
}

/** Finds the sample seats on Jorge's quality report, where every seat links to its own page by name. */
async function findSampleSeats(): Promise<Record<Sample, string>> {
  const response = await as.overseer.get("/quality", { maxRedirects: 0 });
  expect(response.status(), "the quality report opens").toBe(200);
  const seats = [...(await response.text()).matchAll(/href="\/quality\/([0-9a-f-]{36})[^"]*"[^>]*>([^<]+)</g)].map((m) => ({ id: m[1]!, name: m[2]! }));
  const own = seats.find((s) => s.name === member.name)?.id;
  const other = seats.find((s) => s.name !== member.name)?.id;
  if (!own || !other) throw new Error(`the quality report should list ${member.name}'s seat and another (found own ${own}, other ${other})`);
  return { own, other };
}

/** The URL a page door is tried at: dynamic segments filled with the sample record, or the door's own values. */
function pageUrl(door: PageDoor, sample: Sample): string {
  const record = door.sample === "seat" ? sampleSeat : sampleClient;
  return door.pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => door.params?.[name] ?? record[sample]);
}

const recordWords = (c: MatrixCase) => (c.door.kind === "page" && c.door.sample === "seat" ? (c.sample === "own" ? "Daniel's seat" : "another seat") : c.sample === "own" ? "Daniel's client" : "a client Daniel does not work");
const label = (c: MatrixCase) => `${c.role}${c.door.requires.kind === "own" ? ` on ${recordWords(c)}` : ""}`;

/** Checks a response against the matrix's expectation, softly, so one run reports every role. */
async function expectAnswer(who: string, response: { status: number; location: string | null; contentType: string | null; text?: () => Promise<string> }, expected: HttpExpectation) {
  expect.soft(response.status, `${who}: status`).toBe(expected.status);
  if (expected.location) expect.soft(response.location && new URL(response.location, baseURL).pathname, `${who}: redirected to`).toBe(expected.location);
  if (expected.eventStream) expect.soft(response.contentType, `${who}: content type`).toMatch(/^text\/event-stream/);
  if (expected.notice) expect.soft(await response.text?.(), `${who}: refusal notice`).toContain(expected.notice);
}

const read = (r: APIResponse) => ({ status: r.status(), location: r.headers().location ?? null, contentType: r.headers()["content-type"] ?? null, text: () => r.text() });

/** Opens the event stream with the role's cookies and stops reading as soon as the headers arrive. */
async function openStream(role: MatrixRole, door: RouteDoor) {
  const cookies = (await as[role].storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const abort = new AbortController();
  const response = await fetch(new URL(door.url, baseURL), { headers: cookies ? { cookie: cookies } : {}, redirect: "manual", signal: abort.signal });
  const answer = { status: response.status, location: response.headers.get("location"), contentType: response.headers.get("content-type") };
  abort.abort();
  return answer;
}

test.beforeAll(async ({ playwright }, info) => {
  baseURL = String(info.project.use.baseURL);
  const open = (role: MatrixRole) => playwright.request.newContext({ baseURL, storageState: role === "anonymous" ? undefined : SIGNED_IN[role] });
  as = Object.fromEntries(await Promise.all(MATRIX_ROLES.map(async (role) => [role, await open(role)] as const))) as Record<MatrixRole, APIRequestContext>;
  [sampleClient, sampleSeat] = await Promise.all([findSampleClients(), findSampleSeats()]);
  console.info(matrixSize([...PAGE_DOORS, ...ROUTE_DOORS]));
});

test.afterAll(async () => {
  await Promise.all(Object.values(as ?? {}).map((api) => api.dispose()));
});

test.describe("every page answers each role as the access matrix says", () => {
  for (const door of PAGE_DOORS) {
    test(`${doorName(door)} (${describeRequirement(door.requires)})`, async () => {
      for (const c of matrixCases([door])) {
        const response = await as[c.role].get(pageUrl(door, c.sample), { maxRedirects: 0 });
        await expectAnswer(label(c), read(response), pageExpectation(door, c.answer));
      }
    });
  }
});

test.describe("every route handler answers each role as the access matrix says", () => {
  for (const door of ROUTE_DOORS) {
    test(`${doorName(door)} (${describeRequirement(door.requires)})`, async () => {
      for (const c of matrixCases([door])) {
        const answer = door.stream
          ? await openStream(c.role, door)
          : read(await as[c.role].fetch(door.url, { method: door.method, maxRedirects: 0, ...(door.body === undefined ? {} : { data: door.body, headers: { "content-type": "application/json" } }) }));
        await expectAnswer(label(c), answer, routeExpectation(door, c.answer));
      }
    });
  }
});
