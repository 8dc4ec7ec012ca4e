import { readFile } from "node:fs/promises";
import path from "node:path";
import type { EmbeddedDatabase } from "../../lib/db/embedded";

/** How a test takes its own Postgres away: a clean fast shutdown, or a crash (immediate shutdown). */
export type OutageKind = "stopped" | "crashed";

/**
 * Takes a separately started embedded Postgres away and resolves once it has gone. "stopped" is the
 * ordinary fast shutdown (every session is ended); "crashed" is SIGQUIT to the postmaster, Postgres's
 * immediate shutdown, which skips the checkpoint and needs crash recovery on the next start (the
 * review's `pg_ctl -m immediate`, experiment d2).
 */
export async function takeDown(server: EmbeddedDatabase, kind: OutageKind): Promise<void> {
  if (kind === "stopped") return server.stop();
  const pidFile = path.join(server.dataDir, "cluster", "postmaster.pid");
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  process.kill(pid, "SIGQUIT");
  const deadline = Date.now() + 30_000;
  while (isRunning(pid)) {
    if (Date.now() > deadline) throw new Error(`Postgres ${pid} did not exit within 30 s of SIGQUIT`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
