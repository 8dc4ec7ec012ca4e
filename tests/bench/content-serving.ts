import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startCeiling } from "./ceiling";
import { generateLoad, pinToServerCores, type LoadResult } from "./load";
import { cpuSeconds } from "./process-stats";
import type { RunningService } from "./service";

export interface ServingFigures {
  path: string;
  app: LoadResult & { cpuMsPerRequest: number };
  bare: LoadResult & { cpuMsPerRequest: number };
  ratio: number;
  cacheControl: string | null;
}

const CONNECTIONS = 50;

/** A content page from the app vs the same bytes from bare node:http: same load, same length. */
export async function benchContentServing(
  service: RunningService,
  pagePath: string,
  seconds: number,
): Promise<ServingFigures> {
  const page = await fetch(service.baseUrl + pagePath);
  if (!page.ok) throw new Error(`${pagePath} answered ${page.status}`);
  const file = path.join(os.tmpdir(), `ipt-bench-page-${process.pid}.html`);
  await writeFile(file, Buffer.from(await page.arrayBuffer()));

  await pinToServerCores(service.webPid);
  const app = await measured(service.webPid, service.baseUrl + pagePath, seconds);
  const ceiling = await startCeiling("./bare-page-server.ts", [file, "text/html; charset=utf-8"]);
  try {
    const bare = await measured(ceiling.pid, ceiling.url + pagePath, seconds);
    return {
      path: pagePath,
      app,
      bare,
      ratio: app.requestsPerSecond / bare.requestsPerSecond,
      cacheControl: page.headers.get("cache-control"),
    };
  } finally {
    await ceiling.stop();
  }
}

async function measured(pid: number, url: string, seconds: number) {
  await generateLoad({ url, connections: CONNECTIONS, durationSeconds: 1 }); // warm up
  const before = await cpuSeconds(pid);
  const load = await generateLoad({ url, connections: CONNECTIONS, durationSeconds: seconds });
  const cpu = (await cpuSeconds(pid)) - before;
  return { ...load, cpuMsPerRequest: (cpu * 1000) / Math.max(1, load.requests) };
}
