// `npm run retention`: anonymises closed referrals older than RETENTION_DAYS. Run it daily
// (cron, a platform scheduler, or the pg-boss worker calling anonymiseExpiredReferrals).
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
