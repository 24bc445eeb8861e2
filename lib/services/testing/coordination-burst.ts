/**
 * A second process for the coordination concurrency tests: opens its own pool on the given
 * PostgreSQL URL, then at once proposes-and-accepts handoffs among the given clients and seats
 * and sweeps expired offers, as a second app instance would.
 * Usage: coordination-burst.ts <url> <json: { viewer, clientIds, seatIds, count, now }>
 */
import { openDatabase } from "@/lib/db/client";
import { runHandoffOps } from "./handoff-ops";
import { sweepExpiredOffers } from "../offers/expire-offers";

const [url, json] = process.argv.slice(2);
const args = JSON.parse(json!);
const database = openDatabase({ url, max: 10 });
const now = new Date(args.now);
const [outcomes] = await Promise.all([runHandoffOps(database.db, args.viewer, args.clientIds, args.seatIds, args.count, now, 7), sweepExpiredOffers(database.db, now)]);
await database.close();
console.log(JSON.stringify(outcomes));
