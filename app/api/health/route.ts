import { getEnv } from "@/lib/config";
import { checkDatabase, getDb } from "@/lib/db";
import { checkWorker, type WorkerHealth } from "@/lib/jobs/health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and monitoring: 200 while the database answers, 503 when it does not. With
 * HEALTH_EXPECTS_WORKER (set by `npm start`), also 503 when no worker has sent a heartbeat for
 * WORKER_SILENT_SECONDS, so a dead worker is noticed. A web-only host leaves it unset: it still
 * reports the queue, but its health does not depend on workers that run elsewhere.
 */
export async function GET() {
  const env = getEnv();
  const database = await checkDatabase();
  let worker: (WorkerHealth & { expected: boolean; silent: boolean }) | null = null;
  if (database.status === "up") {
    const found = await checkWorker(getDb()).catch(() => null);
    if (found) {
      const silent = found.heartbeatAgeSeconds === null || found.heartbeatAgeSeconds > env.WORKER_SILENT_SECONDS;
      worker = { ...found, expected: env.HEALTH_EXPECTS_WORKER, silent };
    }
  }
  const up = database.status === "up" && !(worker?.expected && worker.silent);
  return Response.json(
    { status: up ? "ok" : "unavailable", database, worker },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
