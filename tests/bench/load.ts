import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const here = import.meta.dirname;

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, { count: number }>;
  /** Requests built from the variants file (see load-worker.ts), when one was given. */
  variantsUsed: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  variantsFile?: string;
}

export const canPin = existsSync("/usr/bin/taskset") && (await import("node:os")).availableParallelism() >= 2;

/** Runs autocannon in a child process, pinned to the last core when `taskset` is there. */
export async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  const node = [process.execPath, "--import", "tsx", path.join(here, "load-worker.ts"), JSON.stringify(options)];
  const cores = (await import("node:os")).availableParallelism();
  const [file, ...args] = canPin ? ["taskset", "-c", String(cores - 1), ...node] : node;
  const { stdout } = await run(file!, args, {
    maxBuffer: 10 * 1024 * 1024,
    timeout: (options.durationSeconds + 60) * 1000,
  });
  return JSON.parse(stdout.trim().split("\n").pop()!) as LoadResult;
}

/** Pins a process and all its threads to the first core(s), leaving the last to the load generator. */
export async function pinToServerCores(pid: number): Promise<void> {
  if (!canPin) return;
  const cores = (await import("node:os")).availableParallelism();
  await run("taskset", ["-a", "-cp", `0-${Math.max(0, cores - 2)}`, String(pid)]);
}
