import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { typeScriptArgs } from "../../lib/cli/children";
import { freePort } from "../../lib/db/embedded";
import { waitForHttp } from "../../lib/cli/wait-for-http";
import { embeddedDatabaseUrl } from "../helpers/embedded-cluster";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data/e2e-restart");
const clusterDir = path.join(dataDir, "postgres/cluster");

// `npm start` after its build step: the same serving command, on its own port and data folder.
function startService(port: number): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "" }, // eslint-disable-line no-restricted-properties -- test harness
    stdio: ["ignore", "inherit", "inherit"],
  });
  return { child, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(() => rm(dataDir, { recursive: true, force: true }));
test.afterAll(() => rm(dataDir, { recursive: true, force: true }));

test("data written before Ctrl-C is there after the service starts again", async () => {
  test.setTimeout(180_000);
  const marker = `restart-check-${Date.now()}`;

  const port = await freePort();
  const first = startService(port);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
    await sql(
      await embeddedDatabaseUrl(dataDir),
      `INSERT INTO audit_event (action, target) VALUES ('test.restart', $1)`,
      [marker],
    );
  } finally {
    first.child.kill("SIGINT");
  }
  expect(await first.exited).toBe(0);
  // Ctrl-C stopped the embedded Postgres too: it removes its pid file on a clean shutdown.
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);

  const secondPort = await freePort();
  const second = startService(secondPort);
  try {
    await waitForHttp(`http://127.0.0.1:${secondPort}/api/health`, 90_000);
    const rows = await sql<{ target: string }>(
      await embeddedDatabaseUrl(dataDir),
      `SELECT target FROM audit_event WHERE action = 'test.restart'`,
    );
    expect(rows.map((r) => r.target)).toEqual([marker]);
  } finally {
    second.child.kill("SIGINT");
  }
  expect(await second.exited).toBe(0);
});
