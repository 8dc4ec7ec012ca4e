// `npm run retention`: anonymises closed referrals older than RETENTION_DAYS now. The worker
// already does this every night (lib/jobs/worker.ts); this is for running it by hand.
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { openDatabaseForCommand } from "./running-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const env = getEnv();
  const ready = await openDatabaseForCommand(env, (line) => console.log(line));
  Object.assign(env, { DATABASE_URL: ready.url });
  try {
    await anonymiseExpiredReferrals(getDb(), env.RETENTION_DAYS);
  } finally {
    await getDb().$disconnect();
    await ready.stop();
  }
});
