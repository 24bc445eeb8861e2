/**
 * `npm run review`: the quality gate on JSON lines. Each stdin line is one message
 * ({"text", "direction", "channel", "sentAt"?, "recipientTimeZone"?, "purpose"?}); stdout gets
 * exactly one line per input line, in order: the verdict ({"allowed", "fairHousing", "optOut",
 * "quietHours", "findings"}) or {"error"} saying what was wrong with that line (an empty line
 * included). Exits 0 at the end of input; only a failure of the process itself goes to stderr.
 * Run: npx tsx scripts/review.ts < messages.jsonl
 */
import { reviewStream } from "@/lib/services/review/review-stream";

try {
  await reviewStream(process.stdin, process.stdout);
} catch (error) {
  console.error(`review stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
