/**
 * Console pages at scale: server time of each page (request to last byte, signed in, on
 * loopback) against a bare route doing one indexed read (GET /api/bench/baseline), in the same
 * run, against the production build on PostgreSQL. Prints p50, p95 and the ratio to the
 * baseline's p95 per page, for Jorge (who sees everything) and for a team member.
 *
 * Needs a database seeded with the demo team at the size to measure, e.g.
 *   createdb console_50k && DATABASE_URL=postgres://postgres@127.0.0.1:5432/console_50k DEMO_SEED=true npm run seed -- --clients 50000
 * then: BENCH_PAGES_DATABASE_URL=postgres://postgres@127.0.0.1:5432/console_50k npx tsx scripts/bench/pages.ts [--runs 15] [--reuse-build]
 * The console is built into .next-bench when the sources are newer than that build.
 */
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { DEMO_ACCOUNTS, DEMO_PASSWORDS } from "@/lib/db/seed/accounts";
import { buildIfNeeded, freePort, startServer } from "./lib/server";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" }, "reuse-build": { type: "boolean" } } });
const url = process.env.BENCH_PAGES_DATABASE_URL;
if (!url) throw new Error("Set BENCH_PAGES_DATABASE_URL to a PostgreSQL database seeded with the demo team (see the comment at the top of this file)");
const runs = Math.max(3, Number(values.runs));
const PAGES = ["/", "/clients", "/clients?temperature=hot", "/inbox", "/escalations", "/team", "/tasks", "/calendar"];

const database = openDatabase({ url, max: 1 });
const [org] = await queryRows<{ id: string; clients: number; interactions: number }>(database.db, sql`
  select o.id, (select count(*)::int from clients c where c.organization_id = o.id) as clients,
    (select count(*)::int from interactions i where i.organization_id = o.id) as interactions
  from organizations o order by clients desc limit 1`);
await database.close();
if (!org) throw new Error("The database has no organization; seed it first");

const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: "bench-only-secret-not-for-production-0000000", AUTH_TRUST_HOST: "true", CONSOLE_BENCH_ROUTES: "true", NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1" };
if (!values["reuse-build"]) buildIfNeeded(".next-bench", env);
const server = await startServer(await freePort(), env, "/login");

/** Signs in through the real login form and returns the session cookie header. */
async function sessionCookie(email: string, password: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/`, { timeout: 120_000 });
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

async function timeGet(path: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return performance.now() - started;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

try {
  const people = [
    { who: "Jorge (overseer)", account: DEMO_ACCOUNTS.find((a) => a.role === "overseer")!, password: DEMO_PASSWORDS.overseer },
    { who: "Daniel (team member)", account: DEMO_ACCOUNTS.find((a) => a.role === "agent")!, password: DEMO_PASSWORDS.agent },
  ];
  const baselinePath = `/api/bench/baseline?organizationId=${org.id}`;
  console.log(`${org.clients.toLocaleString("en-US")} clients, ${org.interactions.toLocaleString("en-US")} interactions; ${runs} timed requests per page after one warm-up\n`);
  console.log("| who | page | p50 ms | p95 ms | p95 / baseline p95 |\n|---|---|---|---|---|");
  for (const person of people) {
    const cookie = await sessionCookie(person.account.email, person.password);
    const samples = new Map<string, number[]>([[baselinePath, []], ...PAGES.map((p) => [p, []] as [string, number[]])]);
    for (const path of samples.keys()) await timeGet(path, cookie).catch(() => samples.delete(path));
    // Interleaved rounds: a burst of other work on the machine lands on every page alike.
    for (let i = 0; i < runs; i++) for (const [path, xs] of samples) xs.push(await timeGet(path, cookie));
    const base = pct(samples.get(baselinePath)!, 95);
    for (const [path, xs] of samples) {
      const label = path === baselinePath ? "baseline (one indexed read)" : path;
      console.log(`| ${person.who} | ${label} | ${pct(xs, 50).toFixed(0)} | ${pct(xs, 95).toFixed(0)} | ${(pct(xs, 95) / base).toFixed(1)}x |`);
    }
  }
} finally {
  await server.stop();
}
