import { execFileSync, spawn, type ChildProcess } from "node:child_process";
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
const dataDir = path.join(root, ".data/e2e-supervision");
const clusterDir = path.join(dataDir, "postgres/cluster");
const env = (port: number) => ({
  // eslint-disable-next-line no-restricted-properties -- test harness
  ...process.env,
  PORT: String(port),
  HOST: "127.0.0.1",
  DATA_DIR: dataDir,
  DATABASE_URL: "",
  SMTP_URL: "",
});

function track(child: ChildProcess) {
  return { child, exited: new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code))) };
}

/** Every process under `pid` (children, grandchildren…), read from ps. */
function descendants(pid: number): { pid: number; command: string }[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => Boolean(m))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), command: m[3]! }));
  const found: { pid: number; command: string }[] = [];
  const visit = (parent: number) => {
    for (const row of table.filter((r) => r.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command });
      visit(row.pid);
    }
  };
  visit(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const workerPid = (servePid: number) => descendants(servePid).find((p) => p.command.includes("lib/cli/worker.ts"))?.pid;

test.beforeAll(() => rm(dataDir, { recursive: true, force: true }));
test.afterAll(() => rm(dataDir, { recursive: true, force: true }));

test("a worker killed under serve.ts is restarted while the website keeps answering; SIGTERM then stops everything", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const service = track(
    spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
      cwd: root,
      env: env(port),
      stdio: ["ignore", "inherit", "inherit"],
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  let everyone: number[] = [];
  try {
    await waitForHttp(`${url}/api/health`, 90_000);
    const first = workerPid(service.child.pid!);
    expect(first).toBeDefined();
    process.kill(first!, "SIGKILL");
    // The website answers throughout the worker's absence.
    for (let i = 0; i < 6; i++) {
      expect((await request.get(`${url}/`)).status()).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await expect.poll(() => workerPid(service.child.pid!), { timeout: 30_000 }).not.toBe(first);
    expect(workerPid(service.child.pid!)).toBeDefined();
    // The new worker beats, so health (which expects a worker under serve.ts) is 200 with a fresh beat.
    await expect
      .poll(
        async () => {
          const response = await request.get(`${url}/api/health`);
          return (
            response.status() === 200 &&
            ((await response.json()) as { worker: { heartbeatAgeSeconds: number } }).worker.heartbeatAgeSeconds < 10
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    everyone = descendants(service.child.pid!).map((p) => p.pid);
  } finally {
    service.child.kill("SIGTERM");
  }
  expect(await service.exited).toBe(0);
  expect(everyone.filter(alive)).toEqual([]);
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);
});

test("SIGTERM to `npm run serve` (what Docker and systemd send) leaves no process behind, and the next start works", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const npm = track(
    spawn("npm", ["run", "serve", "--silent"], { cwd: root, env: env(port), stdio: ["ignore", "inherit", "inherit"] }),
  );
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
  const everyone = [npm.child.pid!, ...descendants(npm.child.pid!).map((p) => p.pid)];
  npm.child.kill("SIGTERM");
  await npm.exited;
  await expect.poll(() => everyone.filter(alive), { timeout: 30_000 }).toEqual([]);
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);

  const again = track(
    spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
      cwd: root,
      env: env(port),
      stdio: ["ignore", "inherit", "inherit"],
    }),
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
    expect((await request.get(`http://127.0.0.1:${port}/api/health`)).status()).toBe(200);
  } finally {
    again.child.kill("SIGTERM");
  }
  expect(await again.exited).toBe(0);
});

test("Ctrl-C (SIGINT to the whole terminal group) stops the worker before the embedded Postgres", async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  // Its own group, so this test can signal the group as a terminal's Ctrl-C does.
  const npm = track(
    spawn("npm", ["run", "serve", "--silent"], {
      cwd: root,
      env: env(port),
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    }),
  );
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
  const worker = descendants(npm.child.pid!).find((p) => p.command.includes("lib/cli/worker.ts"));
  expect(worker).toBeDefined();
  process.kill(-npm.child.pid!, "SIGINT");
  await npm.exited;
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);

  // A worker that stops while the database is still up deletes its own heartbeat row; had Postgres
  // gone first, the row would still be there.
  const again = track(
    spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
      cwd: root,
      env: env(port),
      stdio: ["ignore", "inherit", "inherit"],
    }),
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
    const client = new pg.Client({ connectionString: await embeddedDatabaseUrl(dataDir) });
    await client.connect();
    const rows = (await client.query<{ id: string }>(`SELECT id FROM worker_heartbeat`)).rows.map((r) => r.id);
    await client.end();
    expect(rows.some((id) => id.endsWith(`:${worker!.pid}`))).toBe(false);
  } finally {
    again.child.kill("SIGTERM");
  }
  expect(await again.exited).toBe(0);
});
