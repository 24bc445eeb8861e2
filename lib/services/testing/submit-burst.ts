/**
 * A second process for the capacity tests: opens its own pool on the given PostgreSQL URL and
 * submits a burst of buyer requests at once. Usage: submit-burst.ts <url> <organizationId> <prefix> <count>
 */
import { openDatabase } from "@/lib/db/client";
import { submitClientRequest } from "@/lib/services/submit-client-request";

const [url, organizationId, prefix, count] = process.argv.slice(2);
const database = openDatabase({ url, max: 10 });
const results = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    submitClientRequest(database.db, organizationId!, "api", { contact: { firstName: `${prefix} ${i}`, email: `${prefix}${i}@example.com` }, type: "buyer", postalCode: "91730", budgetMax: 180_000, externalId: `${prefix}-${i}` }),
  ),
);
await database.close();
const failed = results.filter((r) => !r.ok || !["routed", "escalated"].includes(r.data.status));
if (failed.length) {
  console.error(JSON.stringify(failed.slice(0, 3)));
  process.exit(1);
}
