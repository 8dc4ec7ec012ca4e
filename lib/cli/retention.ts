// `npm run retention`: applies the retention schedule (lib/retention/schedule.ts) now. The worker
// already does this every night (lib/jobs/worker.ts); this is for running it by hand.
import { getEnv } from "@/lib/config";
import { switchDatabase } from "@/lib/db";
import { applyRetention } from "@/lib/retention/apply";
import { retentionOptionsFrom } from "@/lib/retention/periods";
import { openDatabaseForCommand } from "./running-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const env = getEnv();
  const ready = await openDatabaseForCommand(env, (line) => console.log(line));
  const db = switchDatabase(ready.url);
  try {
    const report = await applyRetention(db, retentionOptionsFrom(env));
    console.log(JSON.stringify(report));
  } finally {
    await db.$disconnect();
    await ready.stop();
  }
});
