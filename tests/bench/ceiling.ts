import { spawn } from "node:child_process";
import { once } from "node:events";
import type { Readable } from "node:stream";
import { freePort } from "../../lib/db/embedded";
import { pinToServerCores } from "./load";

export interface Ceiling {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts one of the bare node:http ceiling servers (a script in this folder), pinned like the app. */
export async function startCeiling(script: string, args: string[]): Promise<Ceiling> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL(script, import.meta.url).pathname, String(port), ...args],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await once(child.stdout as Readable, "data");
  await pinToServerCores(child.pid!);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
