import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/lib/config";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { EMBEDDED_APP_ROLE, ensureLoginRole, grantAppRights, urlForRole } from "@/lib/db/roles";
import { describeDatabaseError } from "./run-cli";

export interface ReadyDatabase {
  /** The owner (migration) role: migrations, pg-boss's schema, one-off admin commands. */
  url: string;
  /** The app role the web server and worker connect as: no DDL, INSERT-only on the audit log. */
  appUrl: string;
  embedded: boolean;
  /** Grants the app role its rights on every table; run after migrations and pg-boss's install. */
  grantAppRights(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The database this process should use, migrated and ready: DATABASE_URL when set,
 * otherwise an embedded Postgres with its data under DATA_DIR.
 */
export async function prepareDatabase(env: Env, log: (line: string) => void): Promise<ReadyDatabase> {
  const ready = env.DATABASE_URL ? external(env, env.DATABASE_URL) : await startEmbedded(env, log);
  try {
    const result = await migrate(ready.url);
    if (result.applied.length) log(`Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`);
  } catch (error) {
    await ready.stop();
    throw ready.embedded ? error : describeDatabaseError(error, ready.url);
  }
  return ready;
}

/**
 * DATABASE_URL is the app's role. MIGRATION_DATABASE_URL, when set, is the owner that migrates
 * and grants the app role its rights; unset, DATABASE_URL does both (one role, as before).
 */
function external(env: Env, appUrl: string): ReadyDatabase {
  const ownerUrl = env.MIGRATION_DATABASE_URL ?? appUrl;
  const appRole = decodeURIComponent(new URL(appUrl).username);
  const separate = decodeURIComponent(new URL(ownerUrl).username) !== appRole;
  return {
    url: ownerUrl,
    appUrl,
    embedded: false,
    grantAppRights: async () => (separate ? grantAppRights(ownerUrl, appRole) : undefined),
    stop: async () => {},
  };
}

async function startEmbedded(env: Env, log: (line: string) => void): Promise<ReadyDatabase> {
  const dataDir = path.resolve(env.DATA_DIR, "postgres");
  log(`Starting the embedded Postgres (data in ${dataDir})…`);
  const db = await startEmbeddedPostgres({ dataDir });
  try {
    const password = await appRolePassword(dataDir);
    await ensureLoginRole(db.url, EMBEDDED_APP_ROLE, password);
    return {
      url: db.url,
      appUrl: urlForRole(db.url, EMBEDDED_APP_ROLE, password),
      embedded: true,
      grantAppRights: () => grantAppRights(db.url, EMBEDDED_APP_ROLE),
      stop: () => db.stop(),
    };
  } catch (error) {
    await db.stop();
    throw error;
  }
}

// The app role's password is made once and kept beside the cluster, readable only by its owner.
async function appRolePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "app-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
