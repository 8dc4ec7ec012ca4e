import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { typeScriptArgs } from "../../lib/cli/children";
import { freePort } from "../../lib/db/embedded";
import { waitForHttp } from "../../lib/cli/wait-for-http";
import { embeddedDatabaseUrl } from "../helpers/embedded-cluster";
import { childProcesses } from "./process-stats";

export const root = path.resolve(import.meta.dirname, "../..");

export interface RunningService {
  baseUrl: string;
  databaseUrl: string;
  /** The web server (next-server) and, where it runs, the notification worker. */
  webPid: number;
  workerPid: number | undefined;
  /** The embedded Postgres server (postmaster); its backends are its children. */
  postgresPid: number;
  stop(): Promise<void>;
}

/** The production build served as `npm start` serves it, on a fresh embedded Postgres. */
export async function startService(env: Record<string, string> = {}): Promise<RunningService> {
  const dataDir = path.join(root, ".data/bench");
  await rm(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
    cwd: root,
    env: {
      // eslint-disable-next-line no-restricted-properties -- benchmark harness
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/health`, 120_000);
  const children = await childProcesses(child.pid!);
  // serve.ts runs the web server as lib/cli/web-server.ts (Next's handler behind a plain node:http
  // server that stamps the client address), and the worker as lib/cli/worker.ts.
  const web = children.find((c) => /web-server|next/.test(c.command));
  const worker = children.find((c) => /worker/.test(c.command));
  if (!web) {
    child.kill("SIGINT");
    await exited;
    throw new Error("could not find the web server process");
  }
  return {
    baseUrl,
    databaseUrl: await embeddedDatabaseUrl(dataDir),
    webPid: web.pid,
    workerPid: worker?.pid,
    postgresPid: Number((await readFile(path.join(dataDir, "postgres/cluster/postmaster.pid"), "utf8")).split("\n")[0]),
    stop: async () => {
      if (worker) process.kill(worker.pid, "SIGCONT"); // in case a section left it paused
      child.kill("SIGINT");
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Pauses (SIGSTOP) or resumes (SIGCONT) the notification worker, so a section that measures
 * something else does not share the two cores with the worker draining a backlog.
 */
export function pauseWorker(service: RunningService, paused: boolean): void {
  if (service.workerPid) process.kill(service.workerPid, paused ? "SIGSTOP" : "SIGCONT");
}
