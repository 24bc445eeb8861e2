/** Prints the demo sign-ins, the last thing `npm start` says before the console is ready. */
import { DEMO_ACCOUNTS } from "@/lib/db/seed/accounts";

const port = process.env.PORT || "3000";
console.log(`\nThe console is at http://localhost:${port}. Sign in with:`);
for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(9)} ${a.email.padEnd(26)} password ${a.password}`);
