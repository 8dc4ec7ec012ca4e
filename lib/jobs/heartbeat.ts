import "server-only";
import type { Database } from "@/lib/db";

/** Every `intervalMs`, records that this worker is alive; /api/health reads the newest beat. Returns a stop function. */
export function startHeartbeat(db: Database, workerId: string, intervalMs = 5_000): () => Promise<void> {
  const beat = () =>
    db.workerHeartbeat
      .upsert({ where: { id: workerId }, create: { id: workerId }, update: { beatAt: new Date() } })
      .catch(() => undefined);
  let lastBeat = beat();
  const timer = setInterval(() => (lastBeat = beat()), intervalMs);
  return async () => {
    clearInterval(timer);
    // A beat still on its way would otherwise write the row again after it is deleted.
    await lastBeat;
    // A worker that stops cleanly says so, so health does not wait WORKER_SILENT_SECONDS to notice.
    await db.workerHeartbeat.delete({ where: { id: workerId } }).catch(() => undefined);
  };
}
