import "server-only";
import type { Database } from "@/lib/db";

/** Every `intervalMs`, records that this worker is alive; /api/health reads the newest beat. Returns a stop function. */
export function startHeartbeat(db: Database, workerId: string, intervalMs = 5_000): () => Promise<void> {
  const beat = () =>
    db.workerHeartbeat
      .upsert({ where: { id: workerId }, create: { id: workerId }, update: { beatAt: new Date() } })
      .catch(() => undefined);
  void beat();
  const timer = setInterval(() => void beat(), intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    // A worker that stops cleanly says so, so health does not wait WORKER_SILENT_SECONDS to notice.
    await db.workerHeartbeat.delete({ where: { id: workerId } }).catch(() => undefined);
  };
}

/** The newest heartbeat of any worker, or null if none has ever beaten. */
export async function lastHeartbeat(db: Database): Promise<Date | null> {
  const newest = await db.workerHeartbeat.findFirst({ orderBy: { beatAt: "desc" }, select: { beatAt: true } });
  return newest?.beatAt ?? null;
}
