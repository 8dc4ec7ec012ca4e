import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number>;
}

/** Starts a Node.js program as a child that shares this terminal. */
export function startNodeChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, args, { env, stdio: "inherit" });
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  return { name, process: child, exited };
}

/**
 * Next.js (built, or in development) on the given port and host, hosted by lib/cli/web-server.ts so
 * every request carries its socket address in a header the client cannot forge.
 */
export function nextServerArgs(mode: "start" | "dev", port: number, host: string): string[] {
  return ["--import", "tsx", path.join(import.meta.dirname, "web-server.ts"), mode, String(port), host];
}

/**
 * A TypeScript entry point run in this Node.js process with tsx's loader (not the tsx CLI, whose
 * signal relay SIGKILLs a child that is slow to answer), resolving `server-only` as the server does.
 */
export function typeScriptArgs(entry: string): string[] {
  return ["--conditions=react-server", "--import", "tsx", entry];
}

/**
 * Asks each child to stop, then waits; a child that ignores the request is killed after `graceMs`.
 * The grace is longer than the worker's own graceful stop (15 s, lib/jobs/worker.ts), so a worker
 * finishing an email can record it instead of being killed with the job still active.
 */
export async function stopChildren(children: Child[], graceMs = 20_000): Promise<void> {
  await Promise.all(
    children.map(async ({ process: child, exited }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}
