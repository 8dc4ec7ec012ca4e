// `npm run duplicates:backfill`: looks for possible duplicates among referrals that arrived before
// duplicate detection existed (lib/referrals/duplicate-backfill.ts). Run once after deploying it;
// running it again records nothing new. Prints counts only.
import { recordAudit } from "@/lib/audit/record";
import { getEnv } from "@/lib/config";
import { switchDatabase } from "@/lib/db";
import { backfillPossibleDuplicates } from "@/lib/referrals/duplicate-backfill";
import { openDatabaseForCommand } from "./running-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const env = getEnv();
  const ready = await openDatabaseForCommand(env, (line) => console.log(line));
  const db = switchDatabase(ready.url);
  try {
    const report = await backfillPossibleDuplicates(db);
    await recordAudit(db, { actorId: null, action: "referral.duplicates_backfilled", detail: { ...report } });
    console.log(JSON.stringify(report));
  } finally {
    await db.$disconnect();
    await ready.stop();
  }
});
