// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { getEnv } from "@/lib/config";
import { prepareDatabase } from "./database";
import { runCli } from "./run-cli";

runCli(async () => {
  const db = await prepareDatabase(getEnv(), (line) => console.log(line));
  console.log("The database is up to date.");
  await db.stop();
});
