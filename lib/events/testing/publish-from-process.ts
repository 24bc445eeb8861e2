/**
 * A second app process for the live-events tests: opens its own pool on the given PostgreSQL
 * URL and publishes one event in a committed transaction.
 * Usage: publish-from-process.ts <url> <organizationId> <summary>
 */
import { openDatabase } from "@/lib/db/client";
import { publishEvent } from "../publish";

const [url, organizationId, summary] = process.argv.slice(2);
const database = openDatabase({ url, max: 1 });
await database.db.transaction((tx) => publishEvent(tx, { type: "handoff.completed", organizationId: organizationId!, clientId: null, seatIds: [], summary: summary! }));
await database.close();
