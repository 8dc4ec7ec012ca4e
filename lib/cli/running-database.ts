import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/config";
import { prepareDatabase, type ReadyDatabase } from "./database";

/**
 * The database for a one-off command (staff:create, retention): DATABASE_URL when set; the
 * embedded Postgres that `npm start` is running, when it is; otherwise the embedded database
 * started just for this command.
 */
export async function openDatabaseForCommand(env: Env, log: (line: string) => void): Promise<ReadyDatabase> {
  if (!env.DATABASE_URL) {
    const running = runningEmbeddedUrl(env);
    if (running)
      return { url: running, appUrl: running, embedded: true, grantAppRights: async () => {}, stop: async () => {} };
  }
  return prepareDatabase(env, log);
}

// Postgres writes its port to line 4 of postmaster.pid while it runs.
function runningEmbeddedUrl(env: Env): string | null {
  const dataDir = path.resolve(env.DATA_DIR, "postgres");
  const pidFile = path.join(dataDir, "cluster", "postmaster.pid");
  const passwordFile = path.join(dataDir, "postgres-password");
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return null;
  const password = readFileSync(passwordFile, "utf8").trim();
  return `postgresql://ipt:${encodeURIComponent(password)}@127.0.0.1:${port}/ipt`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
