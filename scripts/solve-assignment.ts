/**
 * Solves a client-to-seat assignment instance exactly and prints the result as JSON.
 *
 *   npx tsx scripts/solve-assignment.ts instance.json
 *   cat instance.json | npx tsx scripts/solve-assignment.ts -
 *
 * Input:  {"agents":[{"id","capacity"}],"clients":[{"id","candidates":[{"agent","score"}]}]}
 * Output: {"objective": <sum of chosen scores>, "assignments":[{"client","agent"}]}
 * Every client is assigned when capacity allows; otherwise as many as possible, then the best
 * total score (see optimizeAssignment). Exit codes: 0 solved, 2 unreadable or invalid input
 * (each problem is reported on stderr with the path of the offending field).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { optimizeAssignment } from "@/lib/domain/rebalance/optimize-assignment";

const Instance = z
  .object({
    agents: z.array(z.object({ id: z.string().min(1), capacity: z.number().int().nonnegative() })),
    clients: z.array(
      z.object({
        id: z.string().min(1),
        candidates: z.array(z.object({ agent: z.string().min(1), score: z.number() })),
      }),
    ),
  })
  .superRefine((instance, ctx) => {
    const agentIds = new Set<string>();
    instance.agents.forEach(({ id }, a) => {
      if (agentIds.has(id)) ctx.addIssue({ code: "custom", path: ["agents", a, "id"], message: `duplicate agent id "${id}"` });
      agentIds.add(id);
    });
    const clientIds = new Set<string>();
    instance.clients.forEach(({ id, candidates }, c) => {
      if (clientIds.has(id)) ctx.addIssue({ code: "custom", path: ["clients", c, "id"], message: `duplicate client id "${id}"` });
      clientIds.add(id);
      const listed = new Set<string>();
      candidates.forEach(({ agent }, k) => {
        const path = ["clients", c, "candidates", k, "agent"];
        if (!agentIds.has(agent)) ctx.addIssue({ code: "custom", path, message: `unknown agent "${agent}"` });
        else if (listed.has(agent)) ctx.addIssue({ code: "custom", path, message: `agent "${agent}" listed twice for client "${id}"` });
        listed.add(agent);
      });
    });
  });

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index > 0 ? "." : ""}${String(part)}`)).join("") || "(root)";
}

const file = process.argv[2] ?? "-";
if (process.argv.length > 3 || file === "--help" || file === "-h") {
  fail("usage: npx tsx scripts/solve-assignment.ts <instance.json | ->");
}
let text: string;
try {
  text = readFileSync(file === "-" ? 0 : file, "utf8");
} catch (error) {
  fail(`cannot read ${file === "-" ? "standard input" : file}: ${(error as Error).message}`);
}
let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`invalid JSON: ${(error as Error).message}`);
}
const parsed = Instance.safeParse(json);
if (!parsed.success) {
  fail(`invalid instance:\n${parsed.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`).join("\n")}`);
}
const { objective, assignments } = optimizeAssignment(parsed.data);
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error; // a reader like `head` closing early is fine
});
process.stdout.write(`${JSON.stringify({ objective, assignments }, null, 2)}\n`);
