import path from "node:path";
import type { Env } from "@/lib/config";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { describeDatabaseError } from "./run-cli";

export interface ReadyDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database this process should use, migrated and ready: DATABASE_URL when set,
 * otherwise an embedded Postgres with its data under DATA_DIR.
 */
export async function prepareDatabase(env: Env, log: (line: string) => void): Promise<ReadyDatabase> {
  const ready = env.DATABASE_URL
    ? { url: env.DATABASE_URL, embedded: false, stop: async () => {} }
    : await startEmbedded(env, log);
  try {
    const result = await migrate(ready.url);
    if (result.applied.length) log(`Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`);
  } catch (error) {
    await ready.stop();
    throw ready.embedded ? error : describeDatabaseError(error, ready.url);
  }
  return ready;
}

async function startEmbedded(env: Env, log: (line: string) => void): Promise<ReadyDatabase> {
  const dataDir = path.resolve(env.DATA_DIR, "postgres");
  log(`Starting the embedded Postgres (data in ${dataDir})…`);
  const db = await startEmbeddedPostgres({ dataDir });
  return { url: db.url, embedded: true, stop: () => db.stop() };
}
