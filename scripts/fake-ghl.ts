/**
 * A local GoHighLevel for the browser tests and benchmarks: starts the fake Conversations API on
 * 127.0.0.1 with its control doors (GET /__sent, GET /__received, POST /__fail, POST /__reset)
 * and runs until stopped. Point the console at it with GHL_API_BASE_URL=http://127.0.0.1:<port>.
 *
 *   npx tsx scripts/fake-ghl.ts --port 3290
 */
import { z } from "zod";
import { startFakeGhlServer } from "../lib/services/ghl/testing/fake-ghl-server";

const argsSchema = z.object({
  port: z.coerce.number({ error: "--port must be a number" }).int("--port must be a whole number").min(1, "--port is 1 to 65535").max(65_535, "--port is 1 to 65535"),
});

function readArgs(argv: readonly string[]): z.infer<typeof argsSchema> {
  const at = argv.indexOf("--port");
  const parsed = argsSchema.safeParse({ port: at >= 0 ? argv[at + 1] : process.env.FAKE_GHL_PORT ?? "3290" });
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((i) => i.message).join("; ")}. Usage: npx tsx scripts/fake-ghl.ts --port 3290`);
    process.exit(2);
  }
  return parsed.data;
}

const { port } = readArgs(process.argv.slice(2));
const ghl = await startFakeGhlServer({ port, control: true }).catch((error: Error) => {
  console.error(`The local GoHighLevel could not listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
console.log(`Local GoHighLevel listening on ${ghl.baseUrl} (GET ${ghl.baseUrl}/__sent lists what it received)`);
const stop = () => void ghl.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
